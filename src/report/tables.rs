//! A report laid out as tables in the reader's language: one table per
//! figure group, each with machine names (for CSV) and words (for people).
//! Every format but JSON is written from these tables, so a figure is named
//! and formatted in one place.

use super::figures::{Breaks, Customers, Group, Grouped, Key, WindowTime};
use super::quality::{Audits, Feedback, Quality};
use super::stats::change;
use super::{KeyFigure, Note, Report, TrendStep, Unit, key_figures};
use crate::domain::{Hall, WindowId};
use crate::i18n::{Arg, Lang, Tr};
use chrono::{Datelike, NaiveDate};

/// A value in a table: words, a figure in a unit, or a change of one.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Num(Unit, Option<f64>),
    Delta(Unit, Option<f64>),
}

impl Value {
    fn count(n: u64) -> Value {
        Value::Num(Unit::Count, Some(n as f64))
    }

    fn minutes(m: Option<f64>) -> Value {
        Value::Num(Unit::Minutes, m)
    }

    fn share(s: Option<f64>) -> Value {
        Value::Num(Unit::Share, s)
    }

    pub fn is_text(&self) -> bool {
        matches!(self, Value::Text(_))
    }
}

/// Which period a row is about.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Which {
    Current,
    Previous,
    /// The current period less the previous one (not written to CSV).
    Change,
}

impl Which {
    pub fn code(self) -> &'static str {
        match self {
            Which::Current => "current",
            Which::Previous => "previous",
            Which::Change => "change",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub which: Which,
    /// The group's machine name ("all" for the whole).
    pub key: String,
    pub label: String,
    /// The row of the whole period (not a group).
    pub total: bool,
    pub values: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub id: &'static str,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub id: &'static str,
    /// The CSV name of the first column: what a row is.
    pub key_id: &'static str,
    pub title: String,
    /// What the first column holds.
    pub heading: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Said instead of the rows when there are none.
    pub empty: Option<String>,
    /// A grouped table whose only group is the whole: shown figure by figure.
    pub transposed: bool,
}

/// The words and number style of one language.
pub struct Words<'a> {
    pub tr: &'a Tr,
    pub hall: &'a Hall,
}

impl Words<'_> {
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// A number with the language's decimal mark.
    pub fn num(&self, x: f64, decimals: usize) -> String {
        let s = format!("{x:.decimals$}");
        let s = if s.starts_with('-') && s.trim_start_matches(['-', '0', '.']).is_empty() {
            s.trim_start_matches('-').to_string()
        } else {
            s
        };
        match self.lang() {
            Lang::En => s,
            _ => s.replace('.', ","),
        }
    }

    /// A value as people read it: "4.2", "86%", "—".
    pub fn value(&self, v: &Value) -> String {
        match v {
            Value::Text(s) => s.clone(),
            Value::Num(_, None) | Value::Delta(_, None) => "—".into(),
            Value::Num(unit, Some(x)) => self.figure(*unit, *x),
            Value::Delta(unit, Some(x)) => {
                let (shown, body) = match unit {
                    Unit::Count => (x.round(), self.num(x.abs(), 0)),
                    Unit::Minutes => ((x * 10.0).round(), self.num(x.abs(), 1)),
                    Unit::Ratio => ((x * 100.0).round(), self.num(x.abs(), 2)),
                    Unit::Share => (
                        (x * 1000.0).round(),
                        self.tr.f(
                            "report-points",
                            &[("n", Arg::Str(&self.num(x.abs() * 100.0, 1)))],
                        ),
                    ),
                };
                let sign = if shown == 0.0 {
                    "±"
                } else if *x < 0.0 {
                    "−"
                } else {
                    "+"
                };
                format!("{sign}{body}")
            }
        }
    }

    fn figure(&self, unit: Unit, x: f64) -> String {
        match unit {
            Unit::Count => self.num(x, 0),
            Unit::Minutes => self.num(x, 1),
            Unit::Ratio => self.num(x, 2),
            Unit::Share => self.tr.f(
                "report-percent",
                &[("n", Arg::Str(&self.num(x * 100.0, 0)))],
            ),
        }
    }

    /// A day as the hall's language writes it in full.
    pub fn long_date(&self, day: NaiveDate) -> String {
        let weekday = self.t(&format!(
            "board-weekday-{}",
            day.weekday().number_from_monday()
        ));
        let month = self.t(&format!("board-month-{}", day.month()));
        self.tr.f(
            "board-date",
            &[
                ("weekday", (&weekday).into()),
                ("day", (&day.day().to_string()).into()),
                ("month", (&month).into()),
                ("year", (&day.year().to_string()).into()),
            ],
        )
    }

    /// A day and month only: "2.3." (each language's own order and marks).
    pub fn day_month(&self, day: NaiveDate) -> String {
        let (d, m) = (format!("{:02}", day.day()), format!("{:02}", day.month()));
        self.tr.f(
            "report-day-month",
            &[("day", (&d).into()), ("month", (&m).into())],
        )
    }

    /// A short day: "Mon 2.3.".
    pub fn short_date(&self, day: NaiveDate) -> String {
        let weekday = self.t(&format!(
            "report-weekday-short-{}",
            day.weekday().number_from_monday()
        ));
        let (d, m) = (format!("{:02}", day.day()), format!("{:02}", day.month()));
        self.tr.f(
            "report-short-date",
            &[
                ("weekday", (&weekday).into()),
                ("day", (&d).into()),
                ("month", (&m).into()),
            ],
        )
    }

    pub fn window(&self, id: WindowId) -> String {
        match self.hall.window(id).and_then(|w| w.name.clone()) {
            Some(n) => crate::text::clean(&n),
            None => self.tr.f("window-n", &[("window", Arg::Num(id.0.into()))]),
        }
    }

    pub fn staff(&self, id: &crate::domain::StaffId) -> String {
        crate::text::clean(
            &self
                .hall
                .staff(id)
                .map_or_else(|| id.0.clone(), |s| s.name.clone()),
        )
    }

    pub fn reason(&self, code: &str) -> String {
        self.t(&format!("reason-{code}"))
    }

    pub fn rule(&self, code: &str) -> String {
        let key = format!("rule-{code}");
        let text = self.t(&key);
        if text == key {
            crate::text::clean(code)
        } else {
            text
        }
    }

    /// A group's name.
    pub fn group(&self, key: &Key) -> String {
        match key {
            Key::All => self.t("report-all"),
            Key::Service(code) => match self.hall.service(code) {
                Some(s) => format!("{} {}", code.0, crate::text::clean(&s.name)),
                None => code.0.clone(),
            },
            Key::Window(w) => self.window(*w),
            Key::Staff(s) => self.staff(s),
            Key::Weekday(d) => self.t(&format!("board-weekday-{d}")),
            Key::Interval(t) => {
                let end = *t + self.hall.forecast.interval;
                format!("{}–{}", t.format("%H:%M"), end.format("%H:%M"))
            }
            Key::NoWindow => self.t("report-group-no-window"),
            Key::NoStaff => self.t("report-group-no-staff"),
            Key::NoService => self.t("report-group-no-service"),
        }
    }

    /// What the groups of a report are, as a column heading.
    pub fn by(&self, by: super::By) -> String {
        self.t(&format!("report-by-{}", by.code()))
    }

    /// What the groups of a report are, as a column's heading.
    pub fn by_heading(&self, by: super::By) -> String {
        self.t(&format!("report-heading-{}", by.code()))
    }

    /// The period's name as a row label: "Previous week".
    pub fn previous_label(&self, span: super::Span) -> String {
        self.t(match span {
            super::Span::Day => "report-previous-day",
            super::Span::Week => "report-previous-week",
            super::Span::Month => "report-previous-month",
            super::Span::Range => "report-previous-range",
        })
    }
}

/// One figure of a grouped table: its machine name, its message and how to
/// read it from the group's figures.
struct Field<T> {
    id: &'static str,
    label: &'static str,
    get: fn(&T) -> Value,
}

/// A table of one figure group: a row per group of this period, the whole,
/// the whole of the period before, and the change.
#[allow(clippy::too_many_arguments)]
fn grouped<T>(
    w: &Words,
    r: &Report,
    id: &'static str,
    title: &str,
    heading: String,
    fields: &[Field<T>],
    now: &Grouped<T>,
    before: &Grouped<T>,
) -> Table {
    let columns = fields
        .iter()
        .map(|f| Column {
            id: f.id,
            label: w.t(f.label),
        })
        .collect();
    let values = |t: &T| -> Vec<Value> { fields.iter().map(|f| (f.get)(t)).collect() };
    let mut rows = Vec::new();
    let only_all = now.groups.iter().all(|g| g.key == Key::All);
    let group_rows = |groups: &[Group<T>], which: Which, rows: &mut Vec<Row>| {
        for g in groups.iter().filter(|g| g.key != Key::All) {
            rows.push(Row {
                which,
                key: g.key.id(),
                label: w.group(&g.key),
                total: false,
                values: values(&g.figures),
            });
        }
    };
    group_rows(&now.groups, Which::Current, &mut rows);
    let current = values(&now.total);
    rows.push(Row {
        which: Which::Current,
        key: "all".into(),
        label: w.t("report-all"),
        total: true,
        values: current.clone(),
    });
    let had_before = r.previous_figures.open_days > 0;
    let previous = values(&before.total);
    group_rows(&before.groups, Which::Previous, &mut rows);
    rows.push(Row {
        which: Which::Previous,
        key: "all".into(),
        label: w.previous_label(r.span),
        total: true,
        values: if had_before {
            previous.clone()
        } else {
            blank(&previous)
        },
    });
    rows.push(Row {
        which: Which::Change,
        key: "all".into(),
        label: w.t("report-change"),
        total: true,
        values: current
            .iter()
            .zip(&previous)
            .map(|(a, b)| delta(a, b, had_before))
            .collect(),
    });
    Table {
        id,
        key_id: "group",
        title: w.t(title),
        heading,
        columns,
        rows,
        empty: None,
        transposed: only_all,
    }
}

/// A row of a period with nothing in it: no figures rather than zeros.
fn blank(values: &[Value]) -> Vec<Value> {
    values
        .iter()
        .map(|v| match v {
            Value::Num(u, _) => Value::Num(*u, None),
            other => other.clone(),
        })
        .collect()
}

fn delta(a: &Value, b: &Value, had_before: bool) -> Value {
    match (a, b) {
        (Value::Num(u, x), Value::Num(_, y)) if had_before => Value::Delta(*u, change(*x, *y)),
        (Value::Num(u, _), _) => Value::Delta(*u, None),
        _ => Value::Text(String::new()),
    }
}

fn customers_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<Customers>; 7] = [
        Field {
            id: "issued",
            label: "report-col-issued",
            get: |c| Value::count(c.issued),
        },
        Field {
            id: "served",
            label: "report-col-served",
            get: |c| Value::count(c.served),
        },
        Field {
            id: "no_show",
            label: "report-col-no-show",
            get: |c| Value::count(c.no_show),
        },
        Field {
            id: "transferred",
            label: "report-col-transferred",
            get: |c| Value::count(c.transferred),
        },
        Field {
            id: "cancelled",
            label: "report-col-cancelled",
            get: |c| Value::count(c.cancelled),
        },
        Field {
            id: "unserved",
            label: "report-col-unserved",
            get: |c| Value::count(c.unserved),
        },
        Field {
            id: "open",
            label: "report-col-open",
            get: |c| Value::count(c.open),
        },
    ];
    grouped(
        w,
        r,
        "customers",
        "report-table-customers",
        w.by_heading(r.by),
        &fields,
        &r.figures.customers,
        &r.previous_figures.customers,
    )
}

fn waits_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<Customers>; 6] = [
        Field {
            id: "called",
            label: "report-col-called",
            get: |c| Value::count(c.wait.n),
        },
        Field {
            id: "mean_minutes",
            label: "report-col-mean",
            get: |c| Value::minutes(c.wait.mean),
        },
        Field {
            id: "median_minutes",
            label: "report-col-median",
            get: |c| Value::minutes(c.wait.median),
        },
        Field {
            id: "p90_minutes",
            label: "report-col-p90",
            get: |c| Value::minutes(c.wait.p90),
        },
        Field {
            id: "longest_minutes",
            label: "report-col-longest",
            get: |c| Value::minutes(c.wait.max),
        },
        Field {
            id: "within_target",
            label: "report-col-within-target",
            get: |c| Value::share(c.within_target),
        },
    ];
    grouped(
        w,
        r,
        "waits",
        "report-table-waits",
        w.by_heading(r.by),
        &fields,
        &r.figures.customers,
        &r.previous_figures.customers,
    )
}

fn service_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<Customers>; 5] = [
        Field {
            id: "served",
            label: "report-col-served",
            get: |c| Value::count(c.service.n),
        },
        Field {
            id: "mean_minutes",
            label: "report-col-mean",
            get: |c| Value::minutes(c.service.mean),
        },
        Field {
            id: "median_minutes",
            label: "report-col-median",
            get: |c| Value::minutes(c.service.median),
        },
        Field {
            id: "p90_minutes",
            label: "report-col-p90",
            get: |c| Value::minutes(c.service.p90),
        },
        Field {
            id: "longest_minutes",
            label: "report-col-longest",
            get: |c| Value::minutes(c.service.max),
        },
    ];
    grouped(
        w,
        r,
        "service_times",
        "report-table-service",
        w.by_heading(r.by),
        &fields,
        &r.figures.customers,
        &r.previous_figures.customers,
    )
}

fn windows_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<WindowTime>; 5] = [
        Field {
            id: "staffed_minutes",
            label: "report-col-staffed",
            get: |t| Value::Num(Unit::Minutes, Some(t.staffed_minutes)),
        },
        Field {
            id: "busy_minutes",
            label: "report-col-busy",
            get: |t| Value::Num(Unit::Minutes, Some(t.busy_minutes)),
        },
        Field {
            id: "idle_minutes",
            label: "report-col-idle",
            get: |t| Value::Num(Unit::Minutes, Some(t.idle_minutes)),
        },
        Field {
            id: "away_minutes",
            label: "report-col-away",
            get: |t| Value::Num(Unit::Minutes, Some(t.away_minutes)),
        },
        Field {
            id: "busy_share",
            label: "report-col-busy-share",
            get: |t| Value::share(t.busy_share),
        },
    ];
    let heading = match r.by {
        super::By::Hall | super::By::Service | super::By::Window => w.by_heading(super::By::Window),
        other => w.by_heading(other),
    };
    let mut t = grouped(
        w,
        r,
        "windows",
        "report-table-windows",
        heading,
        &fields,
        &r.figures.windows,
        &r.previous_figures.windows,
    );
    // Per window even for the whole hall: the issue is which window was busy.
    t.transposed = t.rows.iter().filter(|r| !r.total).count() == 0;
    t
}

fn breaks_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<Breaks>; 10] = [
        Field {
            id: "planned",
            label: "report-col-planned",
            get: |b| Value::count(b.planned),
        },
        Field {
            id: "published",
            label: "report-col-published",
            get: |b| Value::count(b.published),
        },
        Field {
            id: "taken",
            label: "report-col-taken",
            get: |b| Value::count(b.taken),
        },
        Field {
            id: "missed",
            label: "report-col-missed",
            get: |b| Value::count(b.missed),
        },
        Field {
            id: "cancelled",
            label: "report-col-cancelled",
            get: |b| Value::count(b.cancelled),
        },
        Field {
            id: "on_time",
            label: "report-col-on-time",
            get: |b| Value::count(b.on_time),
        },
        Field {
            id: "early",
            label: "report-col-early",
            get: |b| Value::count(b.early),
        },
        Field {
            id: "late",
            label: "report-col-late",
            get: |b| Value::count(b.late),
        },
        Field {
            id: "late_mean_minutes",
            label: "report-col-late-mean",
            get: |b| Value::minutes(b.late_by.mean),
        },
        Field {
            id: "late_longest_minutes",
            label: "report-col-late-max",
            get: |b| Value::minutes(b.late_by.max),
        },
    ];
    grouped(
        w,
        r,
        "breaks",
        "report-table-breaks",
        w.by_heading(r.by),
        &fields,
        &r.figures.breaks,
        &r.previous_figures.breaks,
    )
}

fn ends_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<Breaks>; 7] = [
        Field {
            id: "ended",
            label: "report-col-ended",
            get: |b| Value::count(b.ended),
        },
        Field {
            id: "ended_on_time",
            label: "report-col-on-time",
            get: |b| Value::count(b.ended_on_time),
        },
        Field {
            id: "overrun",
            label: "report-col-overrun",
            get: |b| Value::count(b.overrun),
        },
        Field {
            id: "overrun_mean_minutes",
            label: "report-col-overrun-mean",
            get: |b| Value::minutes(b.overrun_by.mean),
        },
        Field {
            id: "overrun_longest_minutes",
            label: "report-col-overrun-max",
            get: |b| Value::minutes(b.overrun_by.max),
        },
        Field {
            id: "overrun_total_minutes",
            label: "report-col-overrun-total",
            get: |b| Value::Num(Unit::Minutes, Some(b.overrun_by.total())),
        },
        Field {
            id: "still_on",
            label: "report-col-still-on",
            get: |b| Value::count(b.still_on),
        },
    ];
    grouped(
        w,
        r,
        "break_ends",
        "report-table-ends",
        w.by_heading(r.by),
        &fields,
        &r.figures.breaks,
        &r.previous_figures.breaks,
    )
}

fn warnings_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<Breaks>; 6] = [
        Field {
            id: "warned",
            label: "report-col-warned",
            get: |b| Value::count(b.warned),
        },
        Field {
            id: "ahead_mean_minutes",
            label: "report-col-ahead-mean",
            get: |b| Value::minutes(b.warned_ahead.mean),
        },
        Field {
            id: "ahead_shortest_minutes",
            label: "report-col-ahead-min",
            get: |b| Value::minutes(b.warned_ahead.min),
        },
        Field {
            id: "warned_short",
            label: "report-col-warned-short",
            get: |b| Value::count(b.warned_short),
        },
        Field {
            id: "unwarned",
            label: "report-col-unwarned",
            get: |b| Value::count(b.unwarned),
        },
        Field {
            id: "unwarned_with_queue",
            label: "report-col-unwarned-queue",
            get: |b| Value::count(b.unwarned_with_queue),
        },
    ];
    grouped(
        w,
        r,
        "warnings",
        "report-table-warnings",
        w.by_heading(r.by),
        &fields,
        &r.figures.breaks,
        &r.previous_figures.breaks,
    )
}

fn cutoffs_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<Breaks>; 8] = [
        Field {
            id: "cutoffs",
            label: "report-col-cutoffs",
            get: |b| Value::count(b.cutoffs),
        },
        Field {
            id: "cutoffs_kept",
            label: "report-col-cutoffs-kept",
            get: |b| Value::count(b.cutoffs_kept),
        },
        Field {
            id: "promised",
            label: "report-col-promised",
            get: |b| Value::count(b.promised),
        },
        Field {
            id: "served_before",
            label: "report-col-served-before",
            get: |b| Value::count(b.promised_served_before),
        },
        Field {
            id: "sent_on",
            label: "report-col-sent-on",
            get: |b| Value::count(b.promised_sent_on),
        },
        Field {
            id: "waited_for_return",
            label: "report-col-waited-return",
            get: |b| Value::count(b.promised_waited_for_return),
        },
        Field {
            id: "not_called",
            label: "report-col-not-called",
            get: |b| Value::count(b.promised_not_called),
        },
        Field {
            id: "waived",
            label: "report-col-waived",
            get: |b| Value::count(b.waived),
        },
    ];
    grouped(
        w,
        r,
        "cutoffs",
        "report-table-cutoffs",
        w.by_heading(r.by),
        &fields,
        &r.figures.breaks,
        &r.previous_figures.breaks,
    )
}

fn past_table(w: &Words, r: &Report) -> Table {
    let fields: [Field<Breaks>; 4] = [
        Field {
            id: "past_cutoff",
            label: "report-col-past",
            get: |b| Value::count(b.past_cutoff),
        },
        Field {
            id: "redirected",
            label: "report-col-redirected",
            get: |b| Value::count(b.past_redirected),
        },
        Field {
            id: "served_here_later",
            label: "report-col-served-here",
            get: |b| Value::count(b.past_served_here),
        },
        Field {
            id: "not_called",
            label: "report-col-not-called",
            get: |b| Value::count(b.past_not_called),
        },
    ];
    grouped(
        w,
        r,
        "past_cutoff",
        "report-table-past",
        w.by_heading(r.by),
        &fields,
        &r.figures.breaks,
        &r.previous_figures.breaks,
    )
}

/// Unscheduled breaks by reason, this period and the one before.
fn unscheduled_table(w: &Words, r: &Report) -> Table {
    let had_before = r.previous_figures.open_days > 0;
    let mut rows = Vec::new();
    for (which, list) in [
        (Which::Current, &r.figures.unscheduled),
        (Which::Previous, &r.previous_figures.unscheduled),
    ] {
        for row in list {
            if (which == Which::Previous && !had_before) || row.count == 0 {
                continue;
            }
            rows.push(Row {
                which,
                key: row.reason.clone(),
                label: w.reason(&row.reason),
                total: false,
                values: vec![
                    Value::count(row.count),
                    Value::Num(Unit::Minutes, Some(row.minutes)),
                ],
            });
        }
    }
    Table {
        id: "unscheduled",
        key_id: "reason",
        title: w.t("report-table-unscheduled"),
        heading: w.t("report-col-reason"),
        columns: vec![
            Column {
                id: "count",
                label: w.t("report-col-count"),
            },
            Column {
                id: "minutes",
                label: w.t("report-col-minutes"),
            },
        ],
        empty: rows.is_empty().then(|| w.t("report-chart-no-unscheduled")),
        rows,
        transposed: false,
    }
}

/// The requests for unscheduled breaks, as a table of their own for CSV.
fn requests_table(w: &Words, r: &Report) -> Table {
    let had_before = r.previous_figures.open_days > 0;
    let row = |which: Which, q: &super::figures::Requests, label: String| {
        let values = vec![
            Value::count(q.asked),
            Value::count(q.approved),
            Value::count(q.postponed),
            Value::count(q.declined),
            Value::count(q.open),
        ];
        Row {
            which,
            key: "all".into(),
            label,
            total: true,
            values: if which == Which::Previous && !had_before {
                blank(&values)
            } else {
                values
            },
        }
    };
    let ids = [
        ("asked", "report-col-asked"),
        ("approved", "report-col-approved"),
        ("postponed", "report-col-postponed"),
        ("declined", "report-col-declined"),
        ("open", "report-col-open"),
    ];
    Table {
        id: "requests",
        key_id: "group",
        title: w.t("report-table-requests"),
        heading: String::new(),
        columns: ids
            .iter()
            .map(|(id, label)| Column {
                id,
                label: w.t(label),
            })
            .collect(),
        rows: vec![
            row(Which::Current, &r.figures.requests, w.t("report-all")),
            row(
                Which::Previous,
                &r.previous_figures.requests,
                w.previous_label(r.span),
            ),
        ],
        empty: None,
        transposed: true,
    }
}

fn overrides_table(w: &Words, r: &Report) -> Table {
    let rows = r
        .figures
        .overrides
        .iter()
        .map(|o| Row {
            which: Which::Current,
            key: o.at.format("%Y-%m-%d %H:%M").to_string(),
            label: o.at.format("%Y-%m-%d %H:%M").to_string(),
            total: false,
            values: vec![
                Value::Text(w.rule(&o.rule)),
                Value::Text(o.window.map(|x| w.window(x)).unwrap_or_default()),
                Value::Text(crate::text::clean(&o.by)),
                Value::Text(crate::text::clean(&o.reason)),
            ],
        })
        .collect::<Vec<_>>();
    Table {
        id: "overrides",
        key_id: "at",
        title: w.t("report-table-overrides"),
        heading: w.t("report-col-when"),
        columns: ["rule", "window", "by", "reason"]
            .iter()
            .zip([
                "report-col-rule",
                "report-col-window",
                "report-col-by",
                "report-col-why",
            ])
            .map(|(id, label)| Column {
                id,
                label: w.t(label),
            })
            .collect(),
        empty: rows.is_empty().then(|| w.t("report-no-overrides")),
        rows,
        transposed: false,
    }
}

fn plan_table(w: &Words, r: &Report) -> Table {
    let rows: Vec<Row> = r
        .plan
        .iter()
        .map(|p| Row {
            which: Which::Current,
            key: p.start.format("%H:%M").to_string(),
            label: format!("{}–{}", p.start.format("%H:%M"), p.end.format("%H:%M")),
            total: false,
            values: vec![
                Value::Num(Unit::Minutes, Some(p.forecast_arrivals)),
                Value::count(p.arrivals),
                Value::minutes(p.forecast_mean_wait),
                Value::minutes(p.mean_wait),
                Value::minutes(p.target),
                Value::share(p.within_target),
                Value::count(p.overloaded),
            ],
        })
        .collect();
    let cols = [
        ("forecast_arrivals", "report-col-forecast-arrivals"),
        ("arrivals", "report-col-arrivals"),
        ("forecast_mean_wait_minutes", "report-col-forecast-wait"),
        ("mean_wait_minutes", "report-col-actual-wait"),
        ("target_minutes", "report-col-target"),
        ("within_target", "report-col-within-target"),
        ("overloaded", "report-col-overloaded"),
    ];
    let empty = rows.is_empty().then(|| {
        if r.notes.contains(&Note::PlanIsHallWide) {
            w.t("report-note-plan-hall-wide")
        } else {
            w.t("report-no-plan")
        }
    });
    Table {
        id: "plan",
        key_id: "interval_start",
        title: w.t("report-table-plan"),
        heading: w.t("report-col-interval"),
        columns: cols
            .iter()
            .map(|(id, label)| Column {
                id,
                label: w.t(label),
            })
            .collect(),
        rows,
        empty,
        transposed: false,
    }
}

fn trend_table(w: &Words, r: &Report) -> Table {
    let rows = r
        .trend
        .points
        .iter()
        .map(|p| Row {
            which: Which::Current,
            key: p.from.to_string(),
            label: {
                let when = match r.trend.step {
                    TrendStep::Day => w.short_date(p.from),
                    TrendStep::Week => {
                        format!("{}–{}", w.short_date(p.from), w.short_date(p.to))
                    }
                };
                if p.open {
                    when
                } else {
                    format!("{when} · {}", w.t("report-closed"))
                }
            },
            total: false,
            values: if p.open {
                vec![
                    Value::count(p.issued),
                    Value::count(p.served),
                    Value::minutes(p.mean_wait),
                    Value::share(p.within_target),
                    Value::count(p.breaks_taken),
                    Value::count(p.late),
                    Value::count(p.overrun),
                    Value::count(p.unwarned_with_queue),
                    Value::Num(Unit::Minutes, Some(p.unscheduled_minutes)),
                ]
            } else {
                (0..9).map(|_| Value::Num(Unit::Count, None)).collect()
            },
        })
        .collect();
    let cols = [
        ("issued", "report-col-issued"),
        ("served", "report-col-served"),
        ("mean_wait_minutes", "report-col-mean-wait"),
        ("within_target", "report-col-within-target"),
        ("breaks_taken", "report-col-taken"),
        ("late", "report-col-late"),
        ("overrun", "report-col-overrun"),
        ("unwarned_with_queue", "report-col-unwarned-queue"),
        ("unscheduled_minutes", "report-col-unscheduled-minutes"),
    ];
    Table {
        id: "trend",
        key_id: "from",
        title: w.t(match r.trend.step {
            TrendStep::Day => "report-table-trend-days",
            TrendStep::Week => "report-table-trend-weeks",
        }),
        heading: w.t(match r.trend.step {
            TrendStep::Day => "report-col-day",
            TrendStep::Week => "report-col-week",
        }),
        columns: cols
            .iter()
            .map(|(id, label)| Column {
                id,
                label: w.t(label),
            })
            .collect(),
        rows,
        empty: None,
        transposed: false,
    }
}

/// Quality figures: what customers said and how they rated their visit,
/// mystery shoppers' scores and the trainer's sessions.
fn quality_tables(w: &Words, r: &Report) -> Vec<Table> {
    let feedback: [Field<Feedback>; 7] = [
        Field {
            id: "complaints",
            label: "report-col-complaints",
            get: |f| Value::count(f.complaints),
        },
        Field {
            id: "compliments",
            label: "report-col-compliments",
            get: |f| Value::count(f.compliments),
        },
        Field {
            id: "suggestions",
            label: "report-col-suggestions",
            get: |f| Value::count(f.suggestions),
        },
        Field {
            id: "questions",
            label: "report-col-questions",
            get: |f| Value::count(f.questions),
        },
        Field {
            id: "praise_per_complaint",
            label: "report-col-praise-per-complaint",
            get: |f| Value::Num(Unit::Ratio, f.praise_per_complaint),
        },
        Field {
            id: "complaints_per_1000",
            label: "report-col-complaints-per-thousand",
            get: |f| Value::Num(Unit::Ratio, f.complaints_per_thousand),
        },
        Field {
            id: "overdue",
            label: "report-col-overdue",
            get: |f| Value::count(f.overdue),
        },
    ];
    let ratings: [Field<Feedback>; 3] = [
        Field {
            id: "ratings",
            label: "report-col-ratings",
            get: |f| Value::count(f.ratings),
        },
        Field {
            id: "average_rating",
            label: "report-col-average-rating",
            get: |f| Value::Num(Unit::Ratio, f.average_rating),
        },
        Field {
            id: "low_ratings",
            label: "report-col-low-ratings",
            get: |f| Value::count(f.low_ratings),
        },
    ];
    let audits: [Field<Audits>; 3] = [
        Field {
            id: "visits",
            label: "report-col-visits",
            get: |a| Value::count(a.visits),
        },
        Field {
            id: "mean_score",
            label: "report-col-mean-score",
            get: |a| Value::share(a.mean_score),
        },
        Field {
            id: "lowest_score",
            label: "report-col-lowest-score",
            get: |a| Value::share(a.lowest_score),
        },
    ];
    let (now, before) = (&r.figures.quality, &r.previous_figures.quality);
    let said =
        |f: &Feedback| f.complaints + f.compliments + f.suggestions + f.questions + f.overdue;
    // A table with nothing in either period says so in a line.
    let or_empty = |mut t: Table, nothing: bool, message: &str| {
        if nothing {
            t.rows.clear();
            t.empty = Some(w.t(message));
        }
        t
    };
    vec![
        or_empty(
            grouped(
                w,
                r,
                "feedback",
                "report-table-feedback",
                w.by_heading(r.by),
                &feedback,
                &now.feedback,
                &before.feedback,
            ),
            said(&now.feedback.total) + said(&before.feedback.total) == 0,
            "report-no-feedback",
        ),
        or_empty(
            grouped(
                w,
                r,
                "ratings",
                "report-table-ratings",
                w.by_heading(r.by),
                &ratings,
                &now.feedback,
                &before.feedback,
            ),
            now.feedback.total.ratings + before.feedback.total.ratings == 0,
            "report-no-ratings",
        ),
        or_empty(
            grouped(
                w,
                r,
                "audits",
                "report-table-audits",
                w.by_heading(r.by),
                &audits,
                &now.audits,
                &before.audits,
            ),
            now.audits.total.visits + before.audits.total.visits == 0,
            "report-no-audits",
        ),
        trainer_table(w, r),
    ]
}

/// The quality figures on paper: the few a manager reads first, for the
/// whole of each period, in one table; none when the record is empty.
pub fn quality_summary(w: &Words, r: &Report) -> Option<Table> {
    let fields: [Field<Quality>; 7] = [
        Field {
            id: "complaints",
            label: "report-col-complaints",
            get: |q| Value::count(q.feedback.total.complaints),
        },
        Field {
            id: "compliments",
            label: "report-col-compliments",
            get: |q| Value::count(q.feedback.total.compliments),
        },
        Field {
            id: "praise_per_complaint",
            label: "report-col-praise-per-complaint",
            get: |q| Value::Num(Unit::Ratio, q.feedback.total.praise_per_complaint),
        },
        Field {
            id: "complaints_per_1000",
            label: "report-col-complaints-per-thousand",
            get: |q| Value::Num(Unit::Ratio, q.feedback.total.complaints_per_thousand),
        },
        Field {
            id: "overdue",
            label: "report-col-overdue",
            get: |q| Value::count(q.feedback.total.overdue),
        },
        Field {
            id: "average_rating",
            label: "report-quality-average-rating",
            get: |q| Value::Num(Unit::Ratio, q.feedback.total.average_rating),
        },
        Field {
            id: "audit_score",
            label: "report-quality-audit-score",
            get: |q| Value::share(q.audits.total.mean_score),
        },
    ];
    let (now, before) = (&r.figures.quality, &r.previous_figures.quality);
    let any = |q: &Quality| {
        let f = &q.feedback.total;
        f.complaints
            + f.compliments
            + f.suggestions
            + f.questions
            + f.overdue
            + f.ratings
            + q.audits.total.visits
            > 0
    };
    if !any(now) && !any(before) {
        return None;
    }
    let whole = |q: &Quality| Grouped {
        total: q.clone(),
        groups: Vec::new(),
    };
    // Figures neither period has (no rating, no visit) take no line.
    let rated = now.feedback.total.ratings + before.feedback.total.ratings > 0;
    let visited = now.audits.total.visits + before.audits.total.visits > 0;
    let fields: Vec<Field<Quality>> = fields
        .into_iter()
        .filter(|f| match f.id {
            "average_rating" => rated,
            "audit_score" => visited,
            _ => true,
        })
        .collect();
    Some(grouped(
        w,
        r,
        "quality",
        "report-table-quality",
        w.by_heading(r.by),
        &fields,
        &whole(now),
        &whole(before),
    ))
}

/// The trainer's sessions of the period, by scenario.
fn trainer_table(w: &Words, r: &Report) -> Table {
    let tr = &r.figures.quality.trainer;
    let mut rows: Vec<Row> = tr
        .scenarios
        .iter()
        .map(|s| Row {
            which: Which::Current,
            key: s.scenario.clone(),
            label: crate::text::clean(&s.scenario),
            total: false,
            values: vec![
                Value::count(s.sessions),
                Value::count(s.finished),
                Value::share(s.mean_score),
                Value::share(s.best_score),
            ],
        })
        .collect();
    if !rows.is_empty() {
        rows.push(Row {
            which: Which::Current,
            key: "all".into(),
            label: w.t("report-all"),
            total: true,
            values: vec![
                Value::count(tr.sessions),
                Value::count(tr.finished),
                Value::share(tr.mean_score),
                Value::share(tr.best_score),
            ],
        });
    }
    let cols = [
        ("sessions", "report-col-sessions"),
        ("finished", "report-col-finished"),
        ("mean_score", "report-col-mean-score"),
        ("best_score", "report-col-best-score"),
    ];
    Table {
        id: "trainer",
        key_id: "scenario",
        title: w.t("report-table-trainer"),
        heading: w.t("report-col-scenario"),
        columns: cols
            .iter()
            .map(|(id, label)| Column {
                id,
                label: w.t(label),
            })
            .collect(),
        empty: rows.is_empty().then(|| w.t("report-no-training")),
        rows,
        transposed: false,
    }
}

/// The headline figures, each with the period before and the change.
pub fn key_table(w: &Words, r: &Report) -> Table {
    let rows = key_figures(r)
        .into_iter()
        .map(|k: KeyFigure| Row {
            which: Which::Current,
            key: k.id.to_string(),
            label: w.t(&format!("report-key-{}", k.id.replace('_', "-"))),
            total: false,
            values: vec![
                Value::Num(k.unit, k.current),
                Value::Num(k.unit, k.previous),
                Value::Delta(k.unit, k.change),
            ],
        })
        .collect();
    Table {
        id: "key",
        key_id: "figure",
        title: w.t("report-table-key"),
        heading: w.t("report-col-figure"),
        columns: vec![
            Column {
                id: "current",
                label: w.t(match r.span {
                    super::Span::Day => "report-this-day",
                    super::Span::Week => "report-this-week",
                    super::Span::Month => "report-this-month",
                    super::Span::Range => "report-this-range",
                }),
            },
            Column {
                id: "previous",
                label: w.previous_label(r.span),
            },
            Column {
                id: "change",
                label: w.t("report-change"),
            },
        ],
        rows,
        empty: None,
        transposed: false,
    }
}

/// Every table of a report, in the order the formats show them.
pub fn tables(w: &Words, r: &Report) -> Vec<Table> {
    let mut out = vec![
        key_table(w, r),
        customers_table(w, r),
        waits_table(w, r),
        service_table(w, r),
        windows_table(w, r),
        breaks_table(w, r),
        ends_table(w, r),
        warnings_table(w, r),
        cutoffs_table(w, r),
        past_table(w, r),
        unscheduled_table(w, r),
        requests_table(w, r),
        overrides_table(w, r),
        plan_table(w, r),
        trend_table(w, r),
    ];
    out.extend(quality_tables(w, r));
    out
}

/// The report's heading lines: the hall, the period, what it is compared
/// with, the groups, and as of when.
pub fn heading(w: &Words, r: &Report) -> Vec<String> {
    let span = |from: NaiveDate, to: NaiveDate| {
        if from == to {
            w.long_date(from)
        } else {
            w.tr.f(
                "report-span",
                &[
                    ("from", (&w.long_date(from)).into()),
                    ("to", (&w.long_date(to)).into()),
                ],
            )
        }
    };
    let mut lines = vec![
        w.tr.f("report-title", &[("hall", (&r.hall).into())]),
        w.tr.f(
            "report-period",
            &[
                ("period", (&span(r.period.from, r.period.to)).into()),
                ("days", Arg::Num(r.period.days)),
            ],
        ),
        w.tr.f(
            "report-compared",
            &[(
                "period",
                (&span(r.previous_period.from, r.previous_period.to)).into(),
            )],
        ),
    ];
    let mut groups = w.tr.f("report-grouped", &[("by", (&w.by(r.by)).into())]);
    if let Some(win) = r.filter.window {
        groups.push_str(" · ");
        groups.push_str(
            &w.tr
                .f("report-only-window", &[("window", (&w.window(win)).into())]),
        );
    }
    if let Some(s) = &r.filter.staff {
        groups.push_str(" · ");
        groups.push_str(
            &w.tr
                .f("report-only-staff", &[("staff", (&w.staff(s)).into())]),
        );
    }
    lines.push(groups);
    lines.push(w.tr.f(
        "report-as-of",
        &[
            (
                "time",
                (&r.as_of.format("%Y-%m-%d %H:%M").to_string()).into(),
            ),
            ("zone", (&r.time_zone).into()),
        ],
    ));
    lines
}

/// The notes in words.
pub fn notes(w: &Words, r: &Report) -> Vec<String> {
    r.notes
        .iter()
        .map(|n| match n {
            Note::Future { from } => w.tr.f(
                "report-note-future",
                &[("date", (&w.long_date(*from)).into())],
            ),
            Note::NotOver { until } => w.tr.f(
                "report-note-not-over",
                &[("time", (&until.format("%H:%M").to_string()).into())],
            ),
            Note::Closed { day } => w.tr.f(
                "report-note-closed",
                &[("date", (&w.long_date(*day)).into())],
            ),
            Note::Empty => w.t("report-note-empty"),
            Note::NothingYet => w.t("report-note-nothing-yet"),
            Note::ClosedDays { days } => w.tr.f(
                "report-note-closed-days",
                &[("days", Arg::Num(*days as i64))],
            ),
            Note::NothingBefore => w.t("report-note-nothing-before"),
            Note::PlanIsHallWide => w.t("report-note-plan-hall-wide"),
        })
        .collect()
}

/// A few sentences with the headline: what customers got and whether the
/// break discipline held, with plurals.
pub fn summary(w: &Words, r: &Report) -> Vec<String> {
    let c = &r.figures.customers.total;
    let b = &r.figures.breaks.total;
    let mut out = Vec::new();
    if r.figures.open_days == 0 {
        return out;
    }
    let wait = c
        .wait
        .mean
        .map(|m| w.num(m, 1))
        .unwrap_or_else(|| "—".into());
    out.push(w.tr.f(
        "report-sum-customers",
        &[
            ("issued", Arg::Num(c.issued as i64)),
            ("served", Arg::Num(c.served as i64)),
            ("wait", Arg::Str(&wait)),
            ("within", Arg::Str(&w.value(&Value::share(c.within_target)))),
        ],
    ));
    out.push(w.tr.f(
        "report-sum-breaks",
        &[
            ("taken", Arg::Num(b.taken as i64)),
            ("planned", Arg::Num(b.planned as i64)),
            ("late", Arg::Num(b.late as i64)),
            ("overrun", Arg::Num(b.overrun as i64)),
            ("minutes", Arg::Num(b.overrun_by.total().round() as i64)),
        ],
    ));
    out.push(w.tr.f(
        "report-sum-warnings",
        &[
            ("warned", Arg::Num(b.warned as i64)),
            ("unwarned", Arg::Num(b.unwarned_with_queue as i64)),
        ],
    ));
    if b.promised > 0 || b.past_cutoff > 0 {
        out.push(w.tr.f(
            "report-sum-cutoffs",
            &[
                ("promised", Arg::Num(b.promised as i64)),
                (
                    "kept",
                    Arg::Num((b.promised_served_before + b.promised_sent_on) as i64),
                ),
                ("past", Arg::Num(b.past_cutoff as i64)),
                ("redirected", Arg::Num(b.past_redirected as i64)),
            ],
        ));
    }
    out.push(w.tr.f(
        "report-sum-unscheduled",
        &[
            ("count", Arg::Num(b.unscheduled as i64)),
            ("minutes", Arg::Num(b.unscheduled_minutes.round() as i64)),
            ("overrides", Arg::Num(r.figures.overrides.len() as i64)),
        ],
    ));
    out
}

/// The key figures a head office sets side by side, hall by hall.
pub const HALL_FIGURES: [&str; 9] = [
    "served",
    "mean_wait",
    "p90_wait",
    "within_target",
    "breaks_taken",
    "late_starts",
    "unwarned_with_queue",
    "promises_kept",
    "unscheduled_minutes",
];

/// Every hall's headline figures in one table: a row per hall for the period
/// (and, for a spreadsheet, one for the period before), with the
/// complaints per 1000 served beside them. `reports` pairs each hall's id
/// with its report.
pub fn halls_table(w: &Words, reports: &[(String, Report)]) -> Table {
    let mut columns: Vec<Column> = HALL_FIGURES
        .iter()
        .map(|id| Column {
            id,
            label: w.t(&format!("report-key-{}", id.replace('_', "-"))),
        })
        .collect();
    columns.push(Column {
        id: "complaints_per_1000",
        label: w.t("report-col-complaints-per-thousand"),
    });
    let values = |r: &Report, previous: bool| -> Vec<Value> {
        let keys = key_figures(r);
        let mut v: Vec<Value> = HALL_FIGURES
            .iter()
            .map(|id| match keys.iter().find(|k| k.id == *id) {
                Some(k) => Value::Num(k.unit, if previous { k.previous } else { k.current }),
                None => Value::Num(Unit::Count, None),
            })
            .collect();
        let f = if previous {
            &r.previous_figures
        } else {
            &r.figures
        };
        let had = !previous || r.previous_figures.open_days > 0;
        v.push(Value::Num(
            Unit::Ratio,
            f.quality
                .feedback
                .total
                .complaints_per_thousand
                .filter(|_| had),
        ));
        v
    };
    let mut rows = Vec::new();
    for previous in [false, true] {
        for (id, r) in reports {
            rows.push(Row {
                which: if previous {
                    Which::Previous
                } else {
                    Which::Current
                },
                key: id.clone(),
                label: r.hall.clone(),
                total: false,
                values: values(r, previous),
            });
        }
    }
    Table {
        id: "halls",
        key_id: "hall",
        title: w.t("report-table-halls"),
        heading: w.t("report-heading-hall"),
        columns,
        empty: rows.is_empty().then(|| w.t("report-no-halls")),
        rows,
        transposed: false,
    }
}
