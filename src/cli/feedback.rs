//! `frontdesk feedback`: record complaints, compliments, suggestions and
//! questions, follow each complaint through acknowledge, answer and close,
//! erase a customer's contact, record mystery-shopper audits against a
//! checklist, and print the quality figures; with no subcommand, the
//! supervisor's feedback screen. `frontdesk survey`: the customer's rating
//! screen at a window.

use super::args::{Cli, LangChoice};
use super::failure::{Failure, say};
use super::input::{parse_day, translator, window_id};
use crate::clock::Clock;
use crate::domain::{
    BreakId, Channel, Contact, FeedbackId, FeedbackKind, Hall, Instant, Links, Mark, Recorded,
    ServiceCode, StaffId, WindowId, parse_ticket_label,
};
use crate::feedback::book::{Book, KINDS};
use crate::feedback::calendar::start_of_day;
use crate::feedback::checklist::{self, Checklist};
use crate::feedback::figures::GroupBy;
use crate::feedback::{FeedbackCommand, RefusalClass, Rules, decide};
use crate::i18n::{Arg, Lang, Tr};
use crate::setup::{self, Opened};
use crate::store::Beside;
use crate::text;
use crate::views::feedback as view;
use chrono::{Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone};
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct FeedbackArgs {
    #[command(subcommand)]
    pub cmd: Option<FeedbackCmd>,
}

/// An entry's number as typed: `12` or `#12`.
fn entry_number(s: &str) -> Result<u64, String> {
    s.trim()
        .trim_start_matches('#')
        .parse::<u64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("not a feedback entry number: {s}"))
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The customer's ticket, e.g. A030 (on --date, default today)
    #[arg(long)]
    pub ticket: Option<String>,
    /// The ticket's day (YYYY-MM-DD)
    #[arg(long, requires = "ticket")]
    pub date: Option<String>,
    /// The window it is about
    #[arg(long, short)]
    pub window: Option<u32>,
    /// The member of staff it is about (staff id from the config)
    #[arg(long)]
    pub staff: Option<String>,
    /// The service it is about (ticket prefix)
    #[arg(long)]
    pub service: Option<String>,
    /// The break it is about (number as in `break list`)
    #[arg(long = "break", value_name = "ID")]
    pub brk: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum FeedbackCmd {
    /// Record a complaint, compliment, suggestion or question
    Add {
        /// complaint, compliment, suggestion or question
        #[arg(long)]
        kind: String,
        /// What it is about: not-warned, window-closed, waiting-time, … (`feedback categories` lists them)
        #[arg(long)]
        category: String,
        /// How it came: counter, writing, phone, email, survey, mystery-shopper
        #[arg(long, default_value = "writing")]
        channel: String,
        /// The customer's words
        #[arg(long)]
        words: Option<String>,
        /// When the customer gave it, hall time (YYYY-MM-DD or "YYYY-MM-DD HH:MM"; default now)
        #[arg(long)]
        received: Option<String>,
        #[command(flatten)]
        links: LinkArgs,
        /// The customer's name (kept beside the log; `feedback erase` removes it)
        #[arg(long)]
        name: Option<String>,
        /// How to reach the customer: phone, e-mail or address (kept beside the log)
        #[arg(long)]
        contact: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List feedback: open entries, late ones first
    List {
        /// Closed entries too
        #[arg(long)]
        all: bool,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        category: Option<String>,
        #[arg(long, short)]
        window: Option<u32>,
        #[arg(long)]
        staff: Option<String>,
        /// Received on or after this day (YYYY-MM-DD)
        #[arg(long)]
        from: Option<String>,
        /// Received on or before this day (YYYY-MM-DD)
        #[arg(long)]
        to: Option<String>,
        /// Include the customers' names and contacts
        #[arg(long)]
        contacts: bool,
        #[arg(long)]
        json: bool,
    },
    /// One entry in full: the customer's contact, what the log says happened, every step
    Show {
        #[arg(value_parser = entry_number)]
        id: u64,
        #[arg(long)]
        json: bool,
    },
    /// Tell the customer their feedback is being looked into
    Acknowledge {
        #[arg(value_parser = entry_number)]
        id: u64,
        #[arg(long)]
        json: bool,
    },
    /// Put someone in charge of an entry
    Assign {
        #[arg(value_parser = entry_number)]
        id: u64,
        /// Who takes it
        #[arg(long)]
        to: String,
        #[arg(long)]
        json: bool,
    },
    /// Record the answer given to the customer
    Answer {
        #[arg(value_parser = entry_number)]
        id: u64,
        /// The answer
        #[arg(long)]
        text: String,
        #[arg(long)]
        json: bool,
    },
    /// Close an entry
    Close {
        #[arg(value_parser = entry_number)]
        id: u64,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Open a closed entry again: a new answer is due
    Reopen {
        #[arg(value_parser = entry_number)]
        id: u64,
        /// Why
        #[arg(long)]
        why: String,
        #[arg(long)]
        json: bool,
    },
    /// Erase the customer's name and contact for good; the entry stays
    Erase {
        #[arg(value_parser = entry_number)]
        id: u64,
        #[arg(long)]
        json: bool,
    },
    /// Record a customer's rating given on paper or by other means (the survey screen records its own)
    Rate {
        /// The window the customer was served at
        #[arg(long, short)]
        window: u32,
        /// 1 (very bad) to 5 (very good)
        #[arg(long)]
        score: u8,
        /// The customer's ticket, e.g. A030 (on --date, default today)
        #[arg(long)]
        ticket: Option<String>,
        /// The ticket's day (YYYY-MM-DD)
        #[arg(long, requires = "ticket")]
        date: Option<String>,
        /// What mattered most: a category
        #[arg(long)]
        reason: Option<String>,
    },
    /// The categories feedback is filed under
    Categories {
        #[arg(long)]
        json: bool,
    },
    /// Praise to complaints, complaints per 1000 served, average rating: for the hall and by window, staff or period
    Figures {
        /// First day (YYYY-MM-DD; default 30 days before --to)
        #[arg(long)]
        from: Option<String>,
        /// Last day (YYYY-MM-DD; default today)
        #[arg(long)]
        to: Option<String>,
        /// How to break them down
        #[arg(long, value_enum, default_value = "window")]
        by: GroupBy,
        #[arg(long)]
        json: bool,
    },
    /// Record a mystery shopper's visit against a checklist
    Audit {
        /// The checklist: a name (checklists/NAME.toml beside the config, else the shipped one) or a file
        #[arg(long, default_value = "mystery-shopper")]
        checklist: String,
        /// The window visited
        #[arg(long, short)]
        window: Option<u32>,
        /// The member of staff served by (default: who sits at the window)
        #[arg(long)]
        staff: Option<String>,
        /// Each item's mark, ITEM=yes|no|n/a (repeat, or separate with commas)
        #[arg(long = "mark", value_name = "ITEM=MARK", required = true)]
        marks: Vec<String>,
        /// When the visit was, hall time ("YYYY-MM-DD HH:MM"; default now)
        #[arg(long)]
        visited: Option<String>,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// The audits recorded, newest first
    Audits {
        #[arg(long)]
        json: bool,
    },
    /// Show a checklist, or check a checklist file and report the place of its first problem
    Checklist {
        /// A checklist name or file (default: mystery-shopper)
        name: Option<String>,
        /// Check this file
        #[arg(long, value_name = "FILE", conflicts_with = "name")]
        check: Option<PathBuf>,
    },
}

/// Everything one command needs.
struct Seat {
    opened: Opened,
    tr: Tr,
    hall: Hall,
    rules: Rules,
    origin: String,
    now: Instant,
}

impl Seat {
    fn open(cli: &Cli, clock: Clock, default_origin: &str) -> Result<Seat, Failure> {
        let now = clock.now();
        let opened = setup::open(&cli.global.choice(), now)?;
        let tr = translator(cli, Some(&opened.config.language));
        let hall = opened.log.hall().clone();
        let rules = opened.config.feedback.clone();
        let origin = text::clean(cli.global.origin.as_deref().unwrap_or(default_origin));
        Ok(Seat {
            opened,
            tr,
            hall,
            rules,
            origin,
            now,
        })
    }

    fn book(&self) -> Result<Book, Failure> {
        Ok(Book::fold(&self.opened.log.events_of_kinds(&KINDS)?))
    }

    /// Decides a command on the latest log under its write lock and records it.
    fn exec(&mut self, cmd: FeedbackCommand) -> Result<Vec<Recorded>, Failure> {
        let (hall, rules, tr, now) = (&self.hall, &self.rules, &self.tr, self.now);
        self.opened
            .log
            .record_with(now, &self.origin, &KINDS, 0, |state, events| {
                let book = Book::fold(events);
                let d = decide(hall, rules, state, &book, &cmd, now).map_err(|r| {
                    let text = view::refusal(tr, rules, &r);
                    match r.class() {
                        RefusalClass::BadInput => Failure::Bad(text),
                        RefusalClass::Rule => Failure::Refused(text),
                    }
                })?;
                Ok((
                    d.events,
                    Beside {
                        keep: d.keep.into_iter().collect(),
                        erase: d.erase.into_iter().collect(),
                    },
                ))
            })
    }

    fn bad(&self, key: &str, args: &[(&str, Arg<'_>)]) -> Failure {
        Failure::Bad(self.tr.f(key, args))
    }

    fn window(&self, n: u32) -> Result<WindowId, Failure> {
        window_id(&self.hall, &self.tr, n)
    }

    fn staff(&self, id: &str) -> Result<StaffId, Failure> {
        let s = StaffId(id.trim().to_string());
        match self.hall.staff(&s) {
            Some(_) => Ok(s),
            None => Err(self.bad(
                "fb-refused-unknown-staff",
                &[("name", (&text::clean(id)).into())],
            )),
        }
    }

    fn kind(&self, k: &str) -> Result<FeedbackKind, Failure> {
        FeedbackKind::parse(k).ok_or_else(|| {
            let known: Vec<&str> = FeedbackKind::ALL.iter().map(|k| k.code()).collect();
            self.bad(
                "fb-bad-kind",
                &[
                    ("value", (&text::clean(k)).into()),
                    ("known", Arg::Str(&known.join(", "))),
                ],
            )
        })
    }

    fn category(&self, c: &str) -> Result<String, Failure> {
        let code = c.trim().to_ascii_lowercase();
        if self.rules.knows(&code) {
            Ok(code)
        } else {
            Err(Failure::Bad(view::refusal(
                &self.tr,
                &self.rules,
                &crate::feedback::FeedbackRefusal::UnknownCategory(text::clean(c)),
            )))
        }
    }

    /// A day typed as YYYY-MM-DD.
    fn day(&self, d: &str) -> Result<NaiveDate, Failure> {
        parse_day(&self.hall, &self.tr, &Some(d.to_string()), self.now)
    }

    /// A moment typed in hall time: "YYYY-MM-DD HH:MM" or a day (its start).
    fn moment(&self, s: &str, what: &str) -> Result<Instant, Failure> {
        let t = s.trim();
        let naive = NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M"))
            .ok()
            .or_else(|| {
                NaiveDate::parse_from_str(t, "%Y-%m-%d")
                    .ok()
                    .map(|d| d.and_time(chrono::NaiveTime::MIN))
            });
        let bad = || {
            self.bad(
                "fb-bad-moment",
                &[("what", what.into()), ("value", (&text::clean(s)).into())],
            )
        };
        let naive = naive.ok_or_else(bad)?;
        match self.hall.tz.from_local_datetime(&naive) {
            LocalResult::Single(x) | LocalResult::Ambiguous(x, _) => Ok(x.to_utc()),
            LocalResult::None => Err(bad()),
        }
    }

    /// The links as typed, the ticket and the break found in the log.
    fn links(&self, l: &LinkArgs) -> Result<Links, Failure> {
        let ticket = match &l.ticket {
            None => None,
            Some(label) => {
                let day = parse_day(&self.hall, &self.tr, &l.date, self.now)?;
                let missing = || {
                    self.bad(
                        "fb-no-ticket-on",
                        &[
                            ("ticket", (&text::clean(label).to_uppercase()).into()),
                            ("date", (&day.to_string()).into()),
                        ],
                    )
                };
                let (service, number) = parse_ticket_label(label).ok_or_else(missing)?;
                let from = start_of_day(self.hall.tz, day);
                let to = start_of_day(self.hall.tz, day.succ_opt().unwrap_or(day));
                Some(
                    self.opened
                        .log
                        .find_ticket(&service, number, day, from, to)?
                        .ok_or_else(missing)?,
                )
            }
        };
        let brk = match l.brk {
            None => None,
            Some(id) => {
                let b = BreakId(id);
                if self.opened.log.break_plan(b)?.is_none() {
                    return Err(
                        self.bad("fb-refused-unknown-break", &[("id", Arg::Num(id as i64))])
                    );
                }
                Some(b)
            }
        };
        let service = match &l.service {
            None => None,
            Some(s) => {
                let code = ServiceCode::new(s);
                if self.hall.service(&code).is_none() {
                    return Err(self.bad(
                        "fb-refused-unknown-service",
                        &[("name", (&text::clean(s)).into())],
                    ));
                }
                Some(code)
            }
        };
        Ok(Links {
            ticket,
            window: l.window.map(|w| self.window(w)).transpose()?,
            staff: l.staff.as_deref().map(|s| self.staff(s)).transpose()?,
            service,
            brk,
        })
    }

    /// Prints what was recorded in words, or the entry as JSON.
    fn report(
        &self,
        recorded: &[Recorded],
        entry: Option<FeedbackId>,
        json: bool,
    ) -> Result<(), Failure> {
        if json {
            let book = self.book()?;
            let id = entry.or_else(|| recorded.iter().find_map(|r| entry_of(&r.event)));
            let labels = view::ticket_labels(&self.opened.log, &book)?;
            let v = id
                .and_then(|id| book.entries.get(&id))
                .map(|e| view::entry_view(&self.tr, &self.hall, &self.rules, &labels, e, self.now));
            print_json(&v)?;
            return Ok(());
        }
        let state = self.opened.log.state();
        for r in recorded {
            say(&crate::views::describe::event(
                &self.tr, &self.hall, state, r,
            ));
        }
        Ok(())
    }
}

fn entry_of(e: &crate::domain::Event) -> Option<FeedbackId> {
    use crate::domain::Event as E;
    match e {
        E::FeedbackRecorded { entry, .. }
        | E::FeedbackAcknowledged { entry }
        | E::FeedbackAssigned { entry, .. }
        | E::FeedbackAnswered { entry, .. }
        | E::FeedbackClosed { entry, .. }
        | E::FeedbackReopened { entry, .. }
        | E::ContactErased { entry } => Some(*entry),
        _ => None,
    }
}

fn print_json<T: serde::Serialize>(v: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(v).map_err(|e| Failure::Bad(e.to_string()))?;
    say(&text);
    Ok(())
}

pub fn run(cli: &Cli, args: &FeedbackArgs, clock: Clock) -> Result<(), Failure> {
    let Some(cmd) = &args.cmd else {
        return screen(cli, clock);
    };
    let mut s = Seat::open(cli, clock, "cli")?;
    use FeedbackCmd as F;
    match cmd {
        F::Add {
            kind,
            category,
            channel,
            words,
            received,
            links,
            name,
            contact,
            json,
        } => {
            let kind = s.kind(kind)?;
            let category = s.category(category)?;
            let channel = Channel::parse(channel).ok_or_else(|| {
                let known: Vec<&str> = Channel::ALL.iter().map(|c| c.code()).collect();
                s.bad(
                    "fb-bad-channel",
                    &[
                        ("value", (&text::clean(channel)).into()),
                        ("known", Arg::Str(&known.join(", "))),
                    ],
                )
            })?;
            let links = s.links(links)?;
            let received = received
                .as_deref()
                .map(|r| s.moment(r, "--received"))
                .transpose()?;
            let recorded = s.exec(FeedbackCommand::Record {
                kind,
                channel,
                category,
                words: words.clone().unwrap_or_default(),
                received,
                links,
                contact: Some(Contact {
                    name: name.clone(),
                    reach: contact.clone(),
                }),
            })?;
            s.report(&recorded, None, *json)
        }
        F::List {
            all,
            kind,
            category,
            window,
            staff,
            from,
            to,
            contacts,
            json,
        } => {
            let filter = view::Filter {
                open_only: !all,
                kind: kind.as_deref().map(|k| s.kind(k)).transpose()?,
                category: category.as_deref().map(|c| s.category(c)).transpose()?,
                window: window.map(|w| s.window(w)).transpose()?,
                staff: staff.as_deref().map(|x| s.staff(x)).transpose()?,
                from: from
                    .as_deref()
                    .map(|d| s.day(d).map(|d| start_of_day(s.hall.tz, d)))
                    .transpose()?,
                to: to
                    .as_deref()
                    .map(|d| {
                        s.day(d)
                            .map(|d| start_of_day(s.hall.tz, d.succ_opt().unwrap_or(d)))
                    })
                    .transpose()?,
            };
            list(&s, &filter, *contacts, *json)
        }
        F::Show { id, json } => show(&s, FeedbackId(*id), *json),
        F::Acknowledge { id, json } => {
            let r = s.exec(FeedbackCommand::Acknowledge {
                entry: FeedbackId(*id),
            })?;
            s.report(&r, Some(FeedbackId(*id)), *json)
        }
        F::Assign { id, to, json } => {
            let r = s.exec(FeedbackCommand::Assign {
                entry: FeedbackId(*id),
                to: to.clone(),
            })?;
            s.report(&r, Some(FeedbackId(*id)), *json)
        }
        F::Answer { id, text, json } => {
            let r = s.exec(FeedbackCommand::Answer {
                entry: FeedbackId(*id),
                answer: text.clone(),
            })?;
            s.report(&r, Some(FeedbackId(*id)), *json)
        }
        F::Close { id, note, json } => {
            let r = s.exec(FeedbackCommand::Close {
                entry: FeedbackId(*id),
                note: note.clone().unwrap_or_default(),
            })?;
            s.report(&r, Some(FeedbackId(*id)), *json)
        }
        F::Reopen { id, why, json } => {
            let r = s.exec(FeedbackCommand::Reopen {
                entry: FeedbackId(*id),
                why: why.clone(),
            })?;
            s.report(&r, Some(FeedbackId(*id)), *json)
        }
        F::Erase { id, json } => {
            let r = s.exec(FeedbackCommand::Erase {
                entry: FeedbackId(*id),
            })?;
            s.report(&r, Some(FeedbackId(*id)), *json)
        }
        F::Rate {
            window,
            score,
            ticket,
            date,
            reason,
        } => {
            let links = s.links(&LinkArgs {
                ticket: ticket.clone(),
                date: date.clone(),
                window: Some(*window),
                staff: None,
                service: None,
                brk: None,
            })?;
            let reason = reason.as_deref().map(|r| s.category(r)).transpose()?;
            let lang = s.tr.lang().code().to_string();
            let r = s.exec(FeedbackCommand::Rate {
                window: links.window.unwrap_or(WindowId(*window)),
                ticket: links.ticket,
                score: *score,
                reason,
                lang,
            })?;
            s.report(&r, None, false)
        }
        F::Categories { json } => categories(&s, *json),
        F::Figures { from, to, by, json } => {
            let today = s.now.with_timezone(&s.hall.tz).date_naive();
            let last = to
                .as_deref()
                .map(|d| s.day(d))
                .transpose()?
                .unwrap_or(today);
            let first = from
                .as_deref()
                .map(|d| s.day(d))
                .transpose()?
                .unwrap_or(last - Duration::days(29));
            if first > last {
                return Err(s.bad(
                    "fb-bad-period",
                    &[
                        ("from", (&first.to_string()).into()),
                        ("to", (&last.to_string()).into()),
                    ],
                ));
            }
            figures(&s, first, last, *by, *json)
        }
        F::Audit {
            checklist,
            window,
            staff,
            marks,
            visited,
            note,
            json,
        } => {
            let list = load_checklist(&s.opened, &s.tr, checklist)?;
            let mut given = Vec::new();
            for m in marks.iter().flat_map(|m| m.split(',')) {
                let m = m.trim();
                if m.is_empty() {
                    continue;
                }
                let parsed = m.split_once('=').and_then(|(item, mark)| {
                    Mark::parse(mark).map(|mk| (item.trim().to_string(), mk))
                });
                match parsed {
                    Some(p) => given.push(p),
                    None => {
                        return Err(s.bad("fb-bad-mark", &[("value", (&text::clean(m)).into())]));
                    }
                }
            }
            let marks = list.mark(&given).map_err(|e| {
                use crate::feedback::checklist::MarkError as M;
                let (key, item) = match &e {
                    M::Unknown(i) => ("fb-mark-unknown", i),
                    M::Missing(i) => ("fb-mark-missing", i),
                    M::Twice(i) => ("fb-mark-twice", i),
                };
                s.bad(
                    key,
                    &[
                        ("checklist", (&list.id).into()),
                        ("item", item.into()),
                        ("known", Arg::Str(&list.ids().join(", "))),
                    ],
                )
            })?;
            let window = window.map(|w| s.window(w)).transpose()?;
            let staff = staff.as_deref().map(|x| s.staff(x)).transpose()?;
            let visited = visited
                .as_deref()
                .map(|v| s.moment(v, "--visited"))
                .transpose()?;
            let recorded = s.exec(FeedbackCommand::Audit {
                checklist: list.id.clone(),
                window,
                staff,
                visited,
                marks,
                note: note.clone().unwrap_or_default(),
            })?;
            if *json {
                let book = s.book()?;
                let audit = recorded.iter().find_map(|r| match &r.event {
                    crate::domain::Event::AuditRecorded { audit, .. } => book.audits.get(audit),
                    _ => None,
                });
                return print_json(&audit.map(|a| audit_json(&s, a)));
            }
            s.report(&recorded, None, false)
        }
        F::Audits { json } => audits(&s, *json),
        F::Checklist { name, check } => match check {
            Some(file) => {
                let c = read_checklist(file)?;
                say(&s.tr.f(
                    "fb-checklist-ok",
                    &[
                        ("file", (&file.display().to_string()).into()),
                        ("count", c.items.len().into()),
                    ],
                ));
                Ok(())
            }
            None => {
                let c = load_checklist(
                    &s.opened,
                    &s.tr,
                    name.as_deref().unwrap_or("mystery-shopper"),
                )?;
                let lang = s.tr.lang();
                say(c.title.get(lang));
                for i in &c.items {
                    say(&format!(
                        "{:<16} {:>3}  {}",
                        i.id,
                        i.weight,
                        i.text.get(lang)
                    ));
                }
                Ok(())
            }
        },
    }
}

fn list(s: &Seat, filter: &view::Filter, contacts: bool, json: bool) -> Result<(), Failure> {
    let book = s.book()?;
    let labels = view::ticket_labels(&s.opened.log, &book)?;
    let entries = view::listed(&book, &s.rules, s.hall.tz, filter, s.now);
    let mut views = Vec::new();
    for e in &entries {
        let mut v = view::entry_view(&s.tr, &s.hall, &s.rules, &labels, e, s.now);
        if contacts {
            v.contact = s.opened.log.contact(e.id)?;
        }
        views.push(v);
    }
    if json {
        return print_json(&serde_json::json!({ "entries": views }));
    }
    if views.is_empty() {
        say(&s.tr.t("fb-list-empty"));
    }
    for v in &views {
        let mut line = view::entry_line(&s.tr, &s.hall, v, s.now);
        if let Some(c) = &v.contact {
            let who: Vec<String> = [c.name.clone(), c.reach.clone()]
                .into_iter()
                .flatten()
                .collect();
            line = format!("{line} · {}", who.join(" · "));
        }
        if !say(&line) {
            break;
        }
    }
    Ok(())
}

fn show(s: &Seat, id: FeedbackId, json: bool) -> Result<(), Failure> {
    let book = s.book()?;
    let Some(e) = book.entries.get(&id) else {
        return Err(s.bad("fb-refused-unknown-entry", &[("id", Arg::Num(id.0 as i64))]));
    };
    let labels = view::ticket_labels(&s.opened.log, &book)?;
    let mut v = view::entry_view(&s.tr, &s.hall, &s.rules, &labels, e, s.now);
    let contact = s.opened.log.contact(id)?;
    let cx = view::context_of(&s.opened.log, &s.hall, e)?;
    if json {
        v.contact = contact;
        return print_json(&serde_json::json!({
            "entry": v,
            "history": e.history,
            "context": cx,
            "context_words": view::context_lines(&s.tr, &s.hall, &cx),
        }));
    }
    for line in view::entry_lines(&s.tr, &s.hall, &v, e, contact.as_ref(), Some(&cx), s.now) {
        say(&line);
    }
    Ok(())
}

fn categories(s: &Seat, json: bool) -> Result<(), Failure> {
    let rows: Vec<(String, String)> = s
        .rules
        .categories()
        .into_iter()
        .map(|c| (c.to_string(), view::category_name(&s.tr, &s.rules, c)))
        .collect();
    if json {
        let v: Vec<_> = rows
            .iter()
            .map(|(id, name)| serde_json::json!({ "id": id, "name": name }))
            .collect();
        return print_json(&v);
    }
    for (id, name) in rows {
        say(&format!("{id:<20} {name}"));
    }
    Ok(())
}

fn figures(
    s: &Seat,
    first: NaiveDate,
    last: NaiveDate,
    by: GroupBy,
    json: bool,
) -> Result<(), Failure> {
    let book = s.book()?;
    let from = start_of_day(s.hall.tz, first);
    let to = start_of_day(s.hall.tz, last.succ_opt().unwrap_or(last));
    let f = view::figures_from_log(&s.opened.log, &book, &s.hall, from, to, by)?;
    let v = view::figures_view(&s.tr, &s.hall, &f);
    if json {
        return print_json(&v);
    }
    say(&s.tr.f(
        "fb-fig-heading",
        &[
            ("from", (&first.to_string()).into()),
            ("to", (&last.to_string()).into()),
        ],
    ));
    say(&format!(
        "{}: {}",
        s.tr.t("fb-fig-hall"),
        view::tally_words(&s.tr, &f.total)
    ));
    say(&s.tr.t(&format!("fb-fig-by-{}", group_code(by))));
    for (key, tally) in &f.rows {
        say(&format!(
            "  {}: {}",
            view::key_name(&s.tr, &s.hall, key),
            view::tally_words(&s.tr, tally)
        ));
    }
    Ok(())
}

pub fn group_code(by: GroupBy) -> &'static str {
    match by {
        GroupBy::Window => "window",
        GroupBy::Staff => "staff",
        GroupBy::Day => "day",
        GroupBy::Week => "week",
        GroupBy::Month => "month",
    }
}

fn audit_json(s: &Seat, a: &crate::feedback::Audit) -> serde_json::Value {
    serde_json::json!({
        "id": a.id.0,
        "checklist": a.checklist,
        "window": a.window,
        "staff": a.staff,
        "visited": a.visited.with_timezone(&s.hall.tz).to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        "recorded_by": a.recorded.by,
        "marks": a.marks,
        "score": a.score.0,
        "max": a.score.1,
        "percent": a.percent(),
        "note": a.note,
    })
}

fn audits(s: &Seat, json: bool) -> Result<(), Failure> {
    let book = s.book()?;
    let mut list: Vec<&crate::feedback::Audit> = book.audits.values().collect();
    list.sort_by_key(|a| std::cmp::Reverse((a.visited, a.id)));
    if json {
        let v: Vec<_> = list.iter().map(|a| audit_json(s, a)).collect();
        return print_json(&v);
    }
    if list.is_empty() {
        say(&s.tr.t("fb-audits-empty"));
    }
    for a in list {
        say(&view::audit_line(&s.tr, &s.hall, a));
    }
    Ok(())
}

/// A checklist file read and checked; errors name the file, line and column.
fn read_checklist(path: &Path) -> Result<Checklist, Failure> {
    let file = path.display().to_string();
    let src = std::fs::read_to_string(path).map_err(|e| Failure::Bad(format!("{file}: {e}")))?;
    checklist::parse(&src, &file).map_err(|e| Failure::Bad(e.to_string()))
}

/// A checklist by name (the hall's own `checklists/NAME.toml` beside its
/// config, else the shipped one of that name) or by file path.
fn load_checklist(opened: &Opened, tr: &Tr, name: &str) -> Result<Checklist, Failure> {
    let path = Path::new(name);
    if name.ends_with(".toml") || name.contains(std::path::MAIN_SEPARATOR) {
        return read_checklist(path);
    }
    if let Some(dir) = opened.places.config_dir() {
        let own = dir.join("checklists").join(format!("{name}.toml"));
        if own.is_file() {
            return read_checklist(&own);
        }
    }
    if name == "mystery-shopper" {
        return Ok(checklist::shipped());
    }
    Err(Failure::Bad(tr.f(
        "fb-no-checklist",
        &[("name", (&text::clean(name)).into())],
    )))
}

/// `frontdesk feedback`: the supervisor's feedback screen.
fn screen(cli: &Cli, clock: Clock) -> Result<(), Failure> {
    let s = Seat::open(cli, clock, "supervisor")?;
    Ok(crate::tui::feedback::run(s.opened, s.tr, clock, s.origin)?)
}

/// `frontdesk survey --window N`: the customer's rating screen.
pub fn survey(cli: &Cli, clock: Clock, window: u32) -> Result<(), Failure> {
    let s = Seat::open(cli, clock, "survey")?;
    let id = s.window(window)?;
    // The survey starts in the language asked for, else the hall's first.
    let lang = cli
        .global
        .lang
        .and_then(LangChoice::one)
        .or_else(|| {
            s.opened
                .config
                .languages
                .first()
                .and_then(|l| Lang::parse(l))
        })
        .unwrap_or(Lang::En);
    let origin = if cli.global.origin.is_some() {
        s.origin.clone()
    } else {
        format!("survey:{}", id.0)
    };
    Ok(crate::tui::survey::run(s.opened, lang, clock, origin, id)?)
}
