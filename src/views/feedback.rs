//! Read models and words of the quality record, shared by `frontdesk feedback`,
//! the supervisor's feedback screen, the counter's prompt, the survey and the
//! overview's alert: entries as rows and as JSON, their deadlines and ages,
//! what the log says happened around them, and the figures.

use crate::domain::{
    Contact, Event, FeedbackKind, Hall, Instant, Recorded, ServiceCode, StaffId, TicketId,
    WindowId, ticket_label,
};
use crate::feedback::book::{Book, Due, Entry, Happening, Stage, Status, What};
use crate::feedback::context::{self, About, Context, Ending, Lapse};
use crate::feedback::figures::{self, Figures, GroupBy, Key, Tally};
use crate::feedback::{FeedbackRefusal, Rules};
use crate::i18n::{Arg, Tr};
use crate::store::{Log, StoreError};
use crate::views::describe::Names;
use chrono::{DateTime, Duration, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::BTreeMap;

thread_local! {
    /// Phrase titles for the context; built once per thread.
    static PHRASES: crate::phrases::Phrasebook = crate::phrases::Phrasebook::embedded();
}

/// The kinds of event the context of a complaint is told from.
pub const CONTEXT_KINDS: [&str; 19] = [
    "window_opened",
    "window_closed",
    "ticket_issued",
    "ticket_called",
    "ticket_recalled",
    "ticket_served",
    "ticket_no_show",
    "ticket_transferred",
    "ticket_cancelled",
    "tickets_expired",
    "break_planned",
    "break_cancelled",
    "break_changed",
    "breaks_published",
    "warning_given",
    "closing_started",
    "cutoff_extended",
    "break_pending",
    "break_started",
];

/// The rest of what the context reads (kept apart only to keep the list short).
const CONTEXT_KINDS_MORE: [&str; 3] = ["break_deferred", "break_ended", "phrase_said"];

// ---------------------------------------------------------------------------
// Names.

pub fn kind_name(tr: &Tr, kind: FeedbackKind) -> String {
    tr.t(&format!("fb-kind-{}", kind.code()))
}

pub fn channel_name(tr: &Tr, channel: crate::domain::Channel) -> String {
    tr.t(&format!("fb-channel-{}", channel.code()))
}

/// A category's name: the hall's own words for its own, else the product's.
pub fn category_name(tr: &Tr, rules: &Rules, code: &str) -> String {
    if let Some(name) = rules.own_name(code) {
        return name.to_string();
    }
    let key = format!("fb-cat-{code}");
    let text = tr.t(&key);
    if text == key { code.to_string() } else { text }
}

pub fn status_name(tr: &Tr, status: Status) -> String {
    tr.t(&format!("fb-status-{}", status.code()))
}

pub fn staff_name(hall: &Hall, id: &StaffId) -> String {
    hall.staff(id)
        .map_or_else(|| id.0.clone(), |s| s.name.clone())
}

/// The last day of a deadline (which falls at the midnight after it).
pub fn due_day(hall: &Hall, due: Instant) -> NaiveDate {
    (due - Duration::seconds(1))
        .with_timezone(&hall.tz)
        .date_naive()
}

/// "answer by 2026-03-20", or "answer overdue since 2026-03-20".
pub fn due_words(tr: &Tr, hall: &Hall, due: &Due, now: Instant) -> String {
    let late = now >= due.by;
    let key = format!(
        "fb-{}-{}",
        if late { "overdue" } else { "due" },
        due.stage.code()
    );
    tr.f(
        &key,
        &[("date", Arg::Str(&due_day(hall, due.by).to_string()))],
    )
}

/// How long ago, in the largest whole unit: minutes, hours or days.
pub fn age_words(tr: &Tr, from: Instant, now: Instant) -> String {
    let d = (now - from).max(Duration::zero());
    if d < Duration::hours(1) {
        tr.f("fb-age-minutes", &[("n", Arg::Num(d.num_minutes()))])
    } else if d < Duration::days(2) {
        tr.f("fb-age-hours", &[("n", Arg::Num(d.num_hours()))])
    } else {
        tr.f("fb-age-days", &[("n", Arg::Num(d.num_days()))])
    }
}

fn local(hall: &Hall, t: Instant) -> DateTime<Tz> {
    t.with_timezone(&hall.tz)
}

fn stamp(hall: &Hall, t: Instant) -> String {
    local(hall, t).format("%Y-%m-%d %H:%M").to_string()
}

fn hhmm(hall: &Hall, t: Instant) -> String {
    local(hall, t).format("%H:%M").to_string()
}

// ---------------------------------------------------------------------------
// The log's words for the quality record's events.

/// One line for one of the quality record's events, for `frontdesk log` and
/// the answers of commands.
pub fn event_words(tr: &Tr, hall: &Hall, names: &dyn Names, r: &Recorded) -> String {
    let id = |e: &crate::domain::FeedbackId| Arg::Num(e.0 as i64);
    match &r.event {
        Event::FeedbackRecorded {
            entry,
            kind,
            channel,
            category,
            ..
        } => {
            let cat = category_name(tr, &Rules::default(), category);
            let ch = channel_name(tr, *channel);
            tr.f(
                "ev-feedback-recorded",
                &[
                    ("kind", kind.code().into()),
                    ("id", id(entry)),
                    ("category", (&cat).into()),
                    ("channel", (&ch).into()),
                ],
            )
        }
        Event::FeedbackAcknowledged { entry } => {
            tr.f("ev-feedback-acknowledged", &[("id", id(entry))])
        }
        Event::FeedbackAssigned { entry, to } => tr.f(
            "ev-feedback-assigned",
            &[("id", id(entry)), ("to", to.into())],
        ),
        Event::FeedbackAnswered { entry, .. } => tr.f("ev-feedback-answered", &[("id", id(entry))]),
        Event::FeedbackClosed { entry, .. } => tr.f("ev-feedback-closed", &[("id", id(entry))]),
        Event::FeedbackReopened { entry, why } => tr.f(
            "ev-feedback-reopened",
            &[("id", id(entry)), ("why", why.into())],
        ),
        Event::ContactErased { entry } => tr.f("ev-contact-erased", &[("id", id(entry))]),
        Event::CustomerRated {
            window,
            ticket,
            score,
            ..
        } => {
            let label = ticket.and_then(|t| names.ticket(t));
            match label {
                Some(l) => tr.f(
                    "ev-customer-rated-ticket",
                    &[
                        ("window", Arg::Num(window.0.into())),
                        ("score", Arg::Num((*score).into())),
                        ("ticket", (&l).into()),
                    ],
                ),
                None => tr.f(
                    "ev-customer-rated",
                    &[
                        ("window", Arg::Num(window.0.into())),
                        ("score", Arg::Num((*score).into())),
                    ],
                ),
            }
        }
        Event::AuditRecorded { audit, marks, .. } => {
            let (got, max) = crate::domain::audit_score(marks);
            tr.f(
                "ev-audit-recorded",
                &[
                    ("id", Arg::Num(audit.0 as i64)),
                    ("got", got.into()),
                    ("max", max.into()),
                ],
            )
        }
        _ => {
            let _ = hall;
            String::new()
        }
    }
}

/// Why a command on the quality record was refused, in the user's language.
pub fn refusal(tr: &Tr, rules: &Rules, r: &FeedbackRefusal) -> String {
    use FeedbackRefusal::*;
    let key = format!("fb-refused-{}", r.code());
    match r {
        UnknownEntry(id) | AlreadyAcknowledged(id) | Closed(id) | NotClosed(id) | NoContact(id) => {
            tr.f(&key, &[("id", Arg::Num(id.0 as i64))])
        }
        UnknownTicket(name) | UnknownStaff(name) | UnknownService(name) => {
            tr.f(&key, &[("name", name.into())])
        }
        UnknownCategory(name) => tr.f(
            &key,
            &[
                ("name", name.into()),
                ("known", Arg::Str(&rules.categories().join(", "))),
            ],
        ),
        UnknownWindow(w) => tr.f(&key, &[("window", Arg::Num(w.0.into()))]),
        UnknownBreak(b) => tr.f(&key, &[("id", Arg::Num(*b as i64))]),
        Empty(what) => tr.f(&key, &[("what", (*what).into())]),
        TooLong { what, max } => tr.f(&key, &[("what", (*what).into()), ("max", (*max).into())]),
        BadScore(s) => tr.f(&key, &[("score", Arg::Num((*s).into()))]),
        InFuture | NoMarks => tr.t(&key),
    }
}

// ---------------------------------------------------------------------------
// Entries as rows and JSON.

#[derive(Clone, Debug, Serialize)]
pub struct DueView {
    pub stage: Stage,
    /// The last day of the limit, in the hall.
    pub by: NaiveDate,
    pub overdue: bool,
    #[serde(skip)]
    pub due: Due,
}

#[derive(Clone, Debug, Serialize)]
pub struct EntryView {
    pub id: u64,
    pub kind: FeedbackKind,
    pub channel: crate::domain::Channel,
    pub category: String,
    pub category_name: String,
    pub words: String,
    #[serde(serialize_with = "crate::clock::ser_time")]
    pub received: DateTime<Tz>,
    pub recorded_by: String,
    pub status: Status,
    pub ticket: Option<String>,
    pub window: Option<WindowId>,
    pub staff: Option<String>,
    pub staff_name: Option<String>,
    pub service: Option<String>,
    #[serde(rename = "break")]
    pub brk: Option<u64>,
    pub assigned_to: Option<String>,
    pub answer: Option<String>,
    pub due: Option<DueView>,
    pub age_minutes: i64,
    /// A name or contact is kept for this entry.
    pub has_contact: bool,
    pub contact_erased: bool,
    /// The name and contact themselves: only on the supervisor's screen, in
    /// `show`, and in `list` when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// Labels of the tickets entries name, however old, from the log.
pub fn ticket_labels(log: &Log, book: &Book) -> Result<BTreeMap<TicketId, String>, StoreError> {
    let mut out = BTreeMap::new();
    let tickets = book
        .entries
        .values()
        .filter_map(|e| e.links.ticket)
        .chain(book.ratings.iter().filter_map(|r| r.ticket));
    for t in tickets {
        if out.contains_key(&t) {
            continue;
        }
        if let Some(label) = log.ticket_issue(t)?.and_then(|r| match r.event {
            Event::TicketIssued {
                service, number, ..
            } => Some(ticket_label(&service, number)),
            _ => None,
        }) {
            out.insert(t, label);
        }
    }
    Ok(out)
}

pub fn entry_view(
    tr: &Tr,
    hall: &Hall,
    rules: &Rules,
    labels: &BTreeMap<TicketId, String>,
    e: &Entry,
    now: Instant,
) -> EntryView {
    EntryView {
        id: e.id.0,
        kind: e.kind,
        channel: e.channel,
        category: e.category.clone(),
        category_name: category_name(tr, rules, &e.category),
        words: e.words.clone(),
        received: local(hall, e.received),
        recorded_by: e.recorded.by.clone(),
        status: e.status(),
        ticket: e.links.ticket.map(|t| {
            labels
                .get(&t)
                .cloned()
                .unwrap_or_else(|| format!("#{}", t.0))
        }),
        window: e.links.window,
        staff: e.links.staff.as_ref().map(|s| s.0.clone()),
        staff_name: e.links.staff.as_ref().map(|s| staff_name(hall, s)),
        service: e.links.service.as_ref().map(|s: &ServiceCode| s.0.clone()),
        brk: e.links.brk.map(|b| b.0),
        assigned_to: e.assigned.as_ref().map(|a| a.0.clone()),
        answer: e.answered.as_ref().map(|a| a.0.clone()),
        due: e.due(rules, hall.tz).map(|d| DueView {
            stage: d.stage,
            by: due_day(hall, d.by),
            overdue: now >= d.by,
            due: d,
        }),
        age_minutes: (now - e.received).num_minutes().max(0),
        has_contact: e.contact,
        contact_erased: e.erased.is_some(),
        contact: None,
    }
}

/// What the supervisor narrows the list to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub open_only: bool,
    pub kind: Option<FeedbackKind>,
    pub category: Option<String>,
    pub window: Option<WindowId>,
    pub staff: Option<StaffId>,
    /// Received in `[from, to)`.
    pub from: Option<Instant>,
    pub to: Option<Instant>,
}

impl Filter {
    pub fn admits(&self, e: &Entry) -> bool {
        (!self.open_only || e.is_open())
            && self.kind.is_none_or(|k| e.kind == k)
            && self.category.as_ref().is_none_or(|c| &e.category == c)
            && self.window.is_none_or(|w| e.links.window == Some(w))
            && self
                .staff
                .as_ref()
                .is_none_or(|s| e.links.staff.as_ref() == Some(s))
            && self.from.is_none_or(|f| e.received >= f)
            && self.to.is_none_or(|t| e.received < t)
    }
}

/// The entries that pass a filter: late ones first (the longest late at the
/// top), then those due, soonest first, then the rest, newest first.
pub fn listed<'a>(
    book: &'a Book,
    rules: &Rules,
    tz: Tz,
    filter: &Filter,
    now: Instant,
) -> Vec<&'a Entry> {
    let mut v: Vec<&Entry> = book.entries.values().filter(|e| filter.admits(e)).collect();
    v.sort_by_key(|e| {
        let due = e.due(rules, tz);
        let late = due.is_some_and(|d| now >= d.by);
        (
            !late,
            due.is_none(),
            due.map(|d| d.by),
            std::cmp::Reverse(e.received),
            e.id,
        )
    });
    v
}

/// One line of the text list.
pub fn entry_line(tr: &Tr, hall: &Hall, v: &EntryView, now: Instant) -> String {
    let mut parts = vec![
        format!("#{}", v.id),
        kind_name(tr, v.kind),
        v.category_name.clone(),
    ];
    if let Some(w) = v.window {
        parts.push(tr.f("fb-window", &[("window", Arg::Num(w.0.into()))]));
    }
    if let Some(s) = &v.staff_name {
        parts.push(s.clone());
    }
    if let Some(t) = &v.ticket {
        parts.push(t.clone());
    }
    parts.push(status_name(tr, v.status));
    parts.push(age_words(tr, v.received.to_utc(), now));
    if let Some(d) = &v.due {
        let words = due_words(tr, hall, &d.due, now);
        parts.push(if d.overdue {
            format!("! {words}")
        } else {
            words
        });
    }
    parts.join(" · ")
}

/// The full record of one entry, as `show` prints it: the lines after its
/// heading. `contact` is the name and contact kept beside the log.
pub fn entry_lines(
    tr: &Tr,
    hall: &Hall,
    v: &EntryView,
    e: &Entry,
    contact: Option<&Contact>,
    cx: Option<&Context>,
    now: Instant,
) -> Vec<String> {
    let mut out = vec![
        tr.f(
            "fb-show-heading",
            &[
                ("kind", v.kind.code().into()),
                ("id", Arg::Num(v.id as i64)),
                ("category", (&v.category_name).into()),
            ],
        ),
        tr.f(
            "fb-received",
            &[
                ("channel", (&channel_name(tr, v.channel)).into()),
                ("received", (&stamp(hall, e.received)).into()),
            ],
        ),
    ];
    let mut about = Vec::new();
    if let Some(w) = v.window {
        about.push(tr.f("fb-window", &[("window", Arg::Num(w.0.into()))]));
    }
    if let Some(s) = &v.staff_name {
        about.push(s.clone());
    }
    if let Some(t) = &v.ticket {
        about.push(tr.f("fb-ticket", &[("ticket", t.into())]));
    }
    if let Some(s) = &v.service {
        about.push(tr.f("fb-service", &[("service", s.into())]));
    }
    if let Some(b) = v.brk {
        about.push(tr.f("fb-break", &[("id", Arg::Num(b as i64))]));
    }
    if !about.is_empty() {
        out.push(about.join(" · "));
    }
    if !v.words.is_empty() {
        out.push(quoted(tr.lang(), &v.words));
    }
    match contact {
        Some(c) => out.push(
            tr.f(
                "fb-contact",
                &[(
                    "contact",
                    Arg::Str(
                        &[c.name.clone(), c.reach.clone()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · "),
                    ),
                )],
            ),
        ),
        None if v.contact_erased => out.push(tr.t("fb-contact-erased")),
        None => {}
    }
    let mut status = status_name(tr, v.status);
    if let Some(d) = &v.due {
        status = format!("{status} · {}", due_words(tr, hall, &d.due, now));
    }
    out.push(tr.f("fb-status-line", &[("status", (&status).into())]));
    if let Some(to) = &v.assigned_to {
        out.push(tr.f("fb-assigned-line", &[("to", to.into())]));
    }
    if let Some(a) = &v.answer {
        out.push(tr.f("fb-answer-line", &[("answer", a.into())]));
    }
    if let Some(cx) = cx {
        out.push(tr.t("fb-context-heading"));
        out.extend(
            context_lines(tr, hall, cx)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
    }
    out.push(tr.t("fb-history-heading"));
    for h in &e.history {
        out.push(format!("  {}", happening(tr, hall, h)));
    }
    out
}

/// Quotation marks as each language prints them around a customer's words.
pub fn quoted(lang: crate::i18n::Lang, text: &str) -> String {
    use crate::i18n::Lang;
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Hu => format!("„{text}”"),
        Lang::Ru | Lang::Uk => format!("«{text}»"),
    }
}

fn happening(tr: &Tr, hall: &Hall, h: &Happening) -> String {
    let at = stamp(hall, h.step.at);
    let by = &h.step.by;
    let base = [("at", Arg::Str(&at)), ("by", by.into())];
    let with = |key: &str, name: &str, value: &str| {
        let mut args: Vec<(&str, Arg)> = base.iter().map(|(k, v)| (*k, copy(v))).collect();
        args.push((name, Arg::Str(value)));
        tr.f(key, &args)
    };
    match &h.what {
        What::Recorded => tr.f("fb-h-recorded", &base),
        What::Acknowledged => tr.f("fb-h-acknowledged", &base),
        What::Assigned { to } => with("fb-h-assigned", "to", to),
        What::Answered { answer } => with("fb-h-answered", "answer", answer),
        What::Closed { note } if note.is_empty() => tr.f("fb-h-closed", &base),
        What::Closed { note } => with("fb-h-closed-note", "note", note),
        What::Reopened { why } => with("fb-h-reopened", "why", why),
        What::ContactErased => tr.f("fb-h-erased", &base),
    }
}

fn copy<'a>(a: &Arg<'a>) -> Arg<'a> {
    match a {
        Arg::Str(s) => Arg::Str(s),
        Arg::Num(n) => Arg::Num(*n),
    }
}

// ---------------------------------------------------------------------------
// The context.

/// The events a complaint's context is told from: the day it concerns (the
/// ticket's day, else the day it was given) and the plans of the breaks of
/// that day, however long before they were made.
pub fn context_events(log: &Log, hall: &Hall, e: &Entry) -> Result<Vec<Recorded>, StoreError> {
    let anchor = match e.links.ticket {
        Some(t) => log.ticket_issue(t)?.map_or(e.received, |r| r.at),
        None => e.received,
    };
    let day = anchor.with_timezone(&hall.tz).date_naive();
    let from = crate::feedback::calendar::start_of_day(hall.tz, day);
    let to = crate::feedback::calendar::start_of_day(hall.tz, day.succ_opt().unwrap_or(day));
    let to = to
        .max(e.received + Duration::seconds(1))
        .min(to + Duration::days(1));
    let kinds: Vec<&str> = CONTEXT_KINDS
        .iter()
        .chain(CONTEXT_KINDS_MORE.iter())
        .copied()
        .collect();
    let mut events = log.events_between(&kinds, from, to)?;
    let planned: std::collections::BTreeSet<u64> = events
        .iter()
        .filter_map(|r| match &r.event {
            Event::BreakPlanned { brk, .. } => Some(brk.0),
            _ => None,
        })
        .collect();
    let mut wanted: Vec<crate::domain::BreakId> = events
        .iter()
        .flat_map(|r| crate::views::describe::LogNames::mentioned(&r.event).1)
        .chain(e.links.brk)
        .filter(|b| !planned.contains(&b.0))
        .collect();
    wanted.sort();
    wanted.dedup();
    let mut earlier = Vec::new();
    for b in wanted {
        if let Some(r) = log.break_plan(b)? {
            earlier.push(r);
        }
    }
    earlier.append(&mut events);
    earlier.sort_by_key(|r| r.seq);
    Ok(earlier)
}

pub fn about(e: &Entry) -> About {
    About {
        ticket: e.links.ticket,
        window: e.links.window,
        brk: e.links.brk,
        at: e.received,
        about_a_break: crate::feedback::rules::is_break_category(&e.category),
    }
}

/// What the log says about an entry.
pub fn context_of(log: &Log, hall: &Hall, e: &Entry) -> Result<Context, StoreError> {
    let events = context_events(log, hall, e)?;
    Ok(context::explain(hall, &events, &about(e)))
}

fn phrase_title(tr: &Tr, name: &str) -> String {
    crate::phrases::PhraseKey::parse(name)
        .map(|k| PHRASES.with(|book| book.title(tr.lang(), k)))
        .unwrap_or_else(|| name.to_string())
}

/// The context in words, one fact a line, the rules not followed last.
pub fn context_lines(tr: &Tr, hall: &Hall, cx: &Context) -> Vec<String> {
    let mut out = Vec::new();
    if cx.is_empty() {
        out.push(tr.t("fb-cx-nothing"));
        return out;
    }
    if let Some(t) = &cx.ticket {
        let mut line = tr.f(
            "fb-cx-ticket",
            &[
                ("ticket", (&t.label).into()),
                ("time", (&hhmm(hall, t.issued)).into()),
                ("minutes", Arg::Num(t.waited_minutes)),
            ],
        );
        let end = match &t.ending {
            Some(Ending::Served { window, at }) => tr.f(
                "fb-cx-served",
                &[
                    ("window", Arg::Num(window.0.into())),
                    ("time", (&hhmm(hall, *at)).into()),
                ],
            ),
            Some(Ending::NoShow { window, at }) => tr.f(
                "fb-cx-no-show",
                &[
                    ("window", Arg::Num(window.0.into())),
                    ("time", (&hhmm(hall, *at)).into()),
                ],
            ),
            Some(Ending::Cancelled { at }) => {
                tr.f("fb-cx-cancelled", &[("time", (&hhmm(hall, *at)).into())])
            }
            Some(Ending::Expired { .. }) => tr.t("fb-cx-expired"),
            None => tr.t("fb-cx-not-served"),
        };
        line = format!("{line} {end}");
        if t.transfers > 0 {
            line = format!(
                "{line} {}",
                tr.f("fb-cx-transfers", &[("count", t.transfers.into())])
            );
        }
        out.push(line);
    }
    if let Some(b) = &cx.brk {
        let span = format!("{}–{}", hhmm(hall, b.start), hhmm(hall, b.until));
        let kind = match &b.unscheduled {
            Some(r) => tr.f(
                "fb-cx-unscheduled",
                &[("reason", (&tr.t(&format!("reason-{r}"))).into())],
            ),
            None if b.published => tr.t("fb-cx-published"),
            None => tr.t("fb-cx-unpublished"),
        };
        out.push(tr.f(
            "fb-cx-break",
            &[
                ("id", Arg::Num(b.id.0 as i64)),
                ("window", Arg::Num(b.window.0.into())),
                ("span", (&span).into()),
                ("kind", (&kind).into()),
            ],
        ));
        match (b.warned_at, b.warned_minutes_ahead) {
            (Some(at), Some(ahead)) => out.push(tr.f(
                "fb-cx-warned",
                &[
                    ("time", (&hhmm(hall, at)).into()),
                    ("minutes", Arg::Num(ahead)),
                    (
                        "waiting",
                        Arg::Num(b.waiting_when_warned.unwrap_or(0).into()),
                    ),
                ],
            )),
            _ if b.unscheduled.is_some() => {}
            _ => out.push(tr.t("fb-cx-not-warned")),
        }
        if let Some(n) = b.waiting_at_start {
            out.push(tr.f("fb-cx-waiting-at-start", &[("waiting", n.into())]));
        }
        if b.overran_minutes > 0 {
            out.push(tr.f("fb-cx-overran", &[("minutes", Arg::Num(b.overran_minutes))]));
        }
    }
    if let (Some(within), Some(t), Some(b)) = (cx.within_cutoff, &cx.ticket, &cx.brk) {
        let cutoff = b.cutoff.clone().unwrap_or_else(|| "—".into());
        out.push(tr.f(
            if within {
                "fb-cx-within-cutoff"
            } else {
                "fb-cx-past-cutoff"
            },
            &[("ticket", (&t.label).into()), ("cutoff", (&cutoff).into())],
        ));
    }
    if cx.phrases.is_empty() {
        if cx.brk.is_some() {
            out.push(tr.t("fb-cx-no-phrases"));
        }
    } else {
        let said: Vec<String> = cx
            .phrases
            .iter()
            .map(|p| format!("{} {}", hhmm(hall, p.at), phrase_title(tr, &p.phrase)))
            .collect();
        out.push(tr.f("fb-cx-phrases", &[("phrases", (&said.join("; ")).into())]));
    }
    if cx.brk.is_some() || cx.ticket.is_some() {
        if cx.lapses.is_empty() {
            out.push(tr.t("fb-cx-rules-kept"));
        } else {
            let lapses: Vec<String> = cx.lapses.iter().map(|l| lapse(tr, l)).collect();
            // Marked in words, not by colour alone.
            out.push(format!(
                "! {}",
                tr.f("fb-cx-lapses", &[("lapses", (&lapses.join("; ")).into())])
            ));
        }
    }
    out
}

pub fn lapse(tr: &Tr, l: &Lapse) -> String {
    match l {
        Lapse::NotWarned { window, waiting } => tr.f(
            "fb-lapse-not-warned",
            &[
                ("window", Arg::Num(window.0.into())),
                ("waiting", (*waiting).into()),
            ],
        ),
        Lapse::WarnedLate {
            window,
            minutes,
            lead,
        } => tr.f(
            "fb-lapse-warned-late",
            &[
                ("window", Arg::Num(window.0.into())),
                ("minutes", Arg::Num(*minutes)),
                ("lead", Arg::Num(*lead)),
            ],
        ),
        Lapse::NotPublished { window } => tr.f(
            "fb-lapse-not-published",
            &[("window", Arg::Num(window.0.into()))],
        ),
        Lapse::PromiseBroken { window, ticket } => tr.f(
            "fb-lapse-promise-broken",
            &[
                ("window", Arg::Num(window.0.into())),
                ("ticket", ticket.into()),
            ],
        ),
        Lapse::NoApology { window } => tr.f(
            "fb-lapse-no-apology",
            &[("window", Arg::Num(window.0.into()))],
        ),
        Lapse::Overran { window, minutes } => tr.f(
            "fb-lapse-overran",
            &[
                ("window", Arg::Num(window.0.into())),
                ("minutes", Arg::Num(*minutes)),
            ],
        ),
    }
}

// ---------------------------------------------------------------------------
// Keeping a book up to date on a screen.

/// A book kept up to date with the log, for screens that poll it.
#[derive(Clone, Debug, Default)]
pub struct Tracker {
    pub book: Book,
}

impl Tracker {
    /// Folds in the quality record's events written since the last look;
    /// true when there were any.
    pub fn catch_up(&mut self, log: &Log) -> Result<bool, StoreError> {
        let after = self.book.seq;
        let events = log.events_of(&crate::feedback::book::KINDS, after, usize::MAX)?;
        for r in &events {
            self.book.apply(r);
        }
        // Remember how far the log was read even when nothing of ours came.
        self.book.seq = self.book.seq.max(log.last_seq());
        Ok(!events.is_empty())
    }
}

/// The overview's alert about complaints past their time limit.
pub fn overdue_alert(
    tr: &Tr,
    hall: &Hall,
    rules: &Rules,
    book: &Book,
    now: Instant,
) -> Option<String> {
    let late = book.overdue(rules, hall.tz, now);
    let (first, due) = late.first()?;
    let what = due_words(tr, hall, due, now);
    Some(tr.f(
        "alert-feedback-overdue",
        &[
            ("count", late.len().into()),
            ("id", Arg::Num(first.id.0 as i64)),
            ("kind", first.kind.code().into()),
            ("what", (&what).into()),
        ],
    ))
}

// ---------------------------------------------------------------------------
// Figures.

/// The figures' period and grouping as JSON: every figure with what it is
/// made of, so a reader can recompute it.
#[derive(Clone, Debug, Serialize)]
pub struct FiguresView {
    #[serde(serialize_with = "crate::clock::ser_time")]
    pub from: DateTime<Tz>,
    #[serde(serialize_with = "crate::clock::ser_time")]
    pub to: DateTime<Tz>,
    pub hall: TallyView,
    pub by: GroupBy,
    pub groups: Vec<GroupView>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TallyView {
    #[serde(flatten)]
    pub counts: Tally,
    /// Compliments per complaint: 0.1 is the usual "1 to 10", 3 excellent.
    pub praise_per_complaint: Option<f64>,
    pub complaints_per_1000_served: Option<f64>,
    pub average_rating: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct GroupView {
    pub key: Key,
    /// The group in words: a window, a member of staff, a period.
    pub name: String,
    #[serde(flatten)]
    pub tally: TallyView,
}

fn round2(x: Option<f64>) -> Option<f64> {
    x.map(|v| (v * 100.0).round() / 100.0)
}

pub fn tally_view(t: &Tally) -> TallyView {
    TallyView {
        counts: t.clone(),
        praise_per_complaint: round2(t.praise_per_complaint()),
        complaints_per_1000_served: round2(t.complaints_per_thousand()),
        average_rating: round2(t.average_rating()),
    }
}

pub fn key_name(tr: &Tr, hall: &Hall, key: &Key) -> String {
    match key {
        Key::Window(Some(w)) => tr.f("fb-window", &[("window", Arg::Num(w.0.into()))]),
        Key::Window(None) => tr.t("fb-no-window"),
        Key::Staff(Some(s)) => staff_name(hall, s),
        Key::Staff(None) => tr.t("fb-no-staff"),
        Key::Period(d) => d.to_string(),
    }
}

pub fn figures_view(tr: &Tr, hall: &Hall, f: &Figures) -> FiguresView {
    FiguresView {
        from: local(hall, f.from),
        to: local(hall, f.to),
        hall: tally_view(&f.total),
        by: f.group,
        groups: f
            .rows
            .iter()
            .map(|(k, t)| GroupView {
                key: k.clone(),
                name: key_name(tr, hall, k),
                tally: tally_view(t),
            })
            .collect(),
    }
}

/// The figures of `[from, to)` from the log.
pub fn figures_from_log(
    log: &Log,
    book: &Book,
    hall: &Hall,
    from: Instant,
    to: Instant,
    group: GroupBy,
) -> Result<Figures, StoreError> {
    // Who sat where is needed from before the period: a window opened at
    // eight serves all day.
    let mut events = log.events_of_kinds(&["window_opened", "window_closed"])?;
    events.extend(log.events_between(&["ticket_served"], from, to)?);
    events.sort_by_key(|r| r.seq);
    let (staffing, served) = figures::served(&events);
    Ok(figures::figures(
        book, &staffing, &served, hall.tz, from, to, group,
    ))
}

/// "1 : 10" or "3 : 1": praise to complaints with the smaller side as 1, as
/// the source documents write it.
pub fn ratio_words(tr: &Tr, t: &Tally) -> String {
    match (t.compliments, t.complaints) {
        (0, 0) => tr.t("fb-fig-none"),
        (_, 0) => tr.f(
            "fb-fig-no-complaints",
            &[("count", Arg::Num(t.compliments as i64))],
        ),
        (0, _) => tr.f(
            "fb-fig-no-praise",
            &[("count", Arg::Num(t.complaints as i64))],
        ),
        (p, c) if p >= c => format!("{} : 1", one_decimal(p as f64 / c as f64)),
        (p, c) => format!("1 : {}", one_decimal(c as f64 / p as f64)),
    }
}

pub fn one_decimal(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// The figures of one tally as a line of words.
pub fn tally_words(tr: &Tr, t: &Tally) -> String {
    let per_k = t
        .complaints_per_thousand()
        .map_or_else(|| "—".to_string(), one_decimal);
    let avg = t
        .average_rating()
        .map_or_else(|| "—".to_string(), |a| format!("{a:.1}"));
    tr.f(
        "fb-fig-line",
        &[
            ("ratio", (&ratio_words(tr, t)).into()),
            ("perk", (&per_k).into()),
            ("served", Arg::Num(t.served as i64)),
            ("avg", (&avg).into()),
            ("ratings", Arg::Num(t.ratings as i64)),
        ],
    )
}

/// How many ratings of each score, 1 to 5.
pub fn rating_counts(book: &Book, from: Instant, to: Instant) -> [u64; 5] {
    let mut out = [0; 5];
    for r in book.ratings.iter().filter(|r| from <= r.at && r.at < to) {
        if (1..=5).contains(&r.score) {
            out[usize::from(r.score - 1)] += 1;
        }
    }
    out
}

/// One audit as a line: when, where, whom, and the score.
pub fn audit_line(tr: &Tr, hall: &Hall, a: &crate::feedback::Audit) -> String {
    let mut place = Vec::new();
    if let Some(w) = a.window {
        place.push(tr.f("fb-window", &[("window", Arg::Num(w.0.into()))]));
    }
    if let Some(s) = &a.staff {
        place.push(staff_name(hall, s));
    }
    let (got, max) = a.score;
    let percent = a
        .percent()
        .map_or_else(|| "—".to_string(), |p| format!("{p} %"));
    tr.f(
        "fb-audit-line",
        &[
            ("id", Arg::Num(a.id.0 as i64)),
            ("visited", (&stamp(hall, a.visited)).into()),
            ("checklist", (&a.checklist).into()),
            ("place", (&place.join(" · ")).into()),
            ("got", got.into()),
            ("max", max.into()),
            ("percent", (&percent).into()),
        ],
    )
}
