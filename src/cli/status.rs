//! `frontdesk status` and `frontdesk log`: the hall now, and what happened.

use super::failure::{Failure, say};
use super::hall::Desk;
use crate::views::{describe, hall as view, notice, words};

/// `frontdesk status`: the windows, queues and breaks now, as on the overview.
pub fn status(d: &mut Desk, json: &bool) -> Result<(), Failure> {
    let v = view::hall_view(&d.hall, d.opened.log.state(), d.now);
    if *json {
        let text = serde_json::to_string_pretty(&v).map_err(|e| Failure::Bad(e.to_string()))?;
        say!("{text}");
    } else {
        for line in words::status_lines(d.tr, &v) {
            say!("{line}");
        }
        let today = d.now.with_timezone(&d.hall.tz).date_naive();
        if let Some(line) = notice::glass_line(d.tr, &d.hall, d.opened.log.state(), today) {
            say!("! {line}");
        }
        let kinds = crate::feedback::book::KINDS;
        let book = crate::feedback::Book::fold(&d.opened.log.events_of_kinds(&kinds)?);
        let rules = &d.opened.config.feedback;
        if let Some(line) =
            crate::views::feedback::overdue_alert(d.tr, &d.hall, rules, &book, d.now)
        {
            say!("! {line}");
        }
    }
    Ok(())
}

/// `frontdesk log`: the latest events (or those after a sequence number).
pub fn log(d: &mut Desk, json: &bool, limit: &usize, after: &Option<u64>) -> Result<(), Failure> {
    let events = match after {
        Some(a) => d.opened.log.events(*a, *limit)?,
        None => d.opened.log.tail(*limit)?,
    };
    let names = log_names(&d.opened.log, &events)?;
    for r in &events {
        let line = if *json {
            serde_json::to_string(r).map_err(|e| Failure::Bad(e.to_string()))?
        } else {
            // Where it was done, and by whom (none in logs from before users).
            let who = match &r.user {
                Some(u) => format!("{} {u}", r.origin),
                None => r.origin.clone(),
            };
            format!(
                "{:>6}  {}  {:<10}  {}",
                r.seq,
                r.at.with_timezone(&d.hall.tz).format("%Y-%m-%d %H:%M:%S"),
                crate::text::clean(&who),
                describe::event(d.tr, &d.hall, &names, r)
            )
        };
        if !say(&line) {
            break;
        }
    }
    Ok(())
}

/// The log's words for a page of events: names of tickets and breaks come from
/// the page itself, else from where the log first recorded them.
fn log_names(
    log: &crate::store::Log,
    events: &[crate::domain::Recorded],
) -> Result<describe::LogNames, Failure> {
    let mut names = describe::LogNames::default();
    for r in events {
        names.learn(&r.event);
    }
    for r in events {
        let (tickets, breaks) = describe::LogNames::mentioned(&r.event);
        for t in tickets {
            if !names.tickets.contains_key(&t)
                && let Some(issue) = log.ticket_issue(t)?
            {
                names.learn(&issue.event);
            }
        }
        for b in breaks {
            if !names.breaks.contains_key(&b)
                && let Some(plan) = log.break_plan(b)?
            {
                names.learn(&plan.event);
            }
        }
    }
    Ok(names)
}

/// `frontdesk status --all-halls`: every hall of the database, each as its
/// own `status` shows it, read with the config each hall keeps there. A head
/// office needs no hall of its own, only the database's URL.
pub fn all_halls(
    cli: &super::args::Cli,
    clock: crate::clock::Clock,
    json: bool,
) -> Result<(), Failure> {
    use crate::store::PgLog;
    let office = super::office::open(cli, clock, "status --all-halls")?;
    let (tr, target, halls) = (office.tr, office.target, office.halls);
    let now = clock.now();
    let mut out = Vec::new();
    if halls.is_empty() && !json {
        say!("{}", tr.t("halls-none"));
    }
    for (i, (id, config)) in halls.into_iter().enumerate() {
        match config {
            Some(c) => {
                let log = PgLog::open(&target, &id, c.hall.clone(), None)?;
                let v = view::hall_view(&c.hall, log.state(), now);
                if json {
                    out.push(serde_json::json!({ "hall": id, "name": c.hall.name, "status": v }));
                    continue;
                }
                if i > 0 {
                    say!("");
                }
                say!(
                    "{}",
                    tr.f(
                        "halls-heading",
                        &[("id", (&id).into()), ("name", (&c.hall.name).into())]
                    )
                );
                for line in words::status_lines(&tr, &v) {
                    say!("  {line}");
                }
            }
            None => {
                let log = PgLog::open(&target, &id, crate::demo::config().hall, None)?;
                let events = log.count()?;
                if json {
                    out.push(serde_json::json!({ "hall": id, "events": events }));
                    continue;
                }
                if i > 0 {
                    say!("");
                }
                say!(
                    "{}",
                    tr.f(
                        "halls-no-config",
                        &[("id", (&id).into()), ("events", (events as i64).into())]
                    )
                );
            }
        }
    }
    if json {
        let text = serde_json::to_string_pretty(&out).map_err(|e| Failure::Bad(e.to_string()))?;
        say!("{text}");
    }
    Ok(())
}
