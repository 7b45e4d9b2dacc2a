//! The supervisor's planner: the day on a timeline, one row per window with its
//! breaks, a forecast row per service under it, the selected break with every
//! rule it breaks, and the suggestion's figures while it is previewed. The
//! same geometry answers where things are drawn and what a click hit.

use super::Theme;
use super::buttons::{self, Button};
use crate::domain::Instant;
use crate::i18n::{Arg, Tr};
use crate::plan::report::{CellRow, PlanReport};
use crate::plan::{Lock, Plan, PlanBreak};
use crate::tui::app::planner::{Planner, Tab};
use crate::tui::app::{Action, App, LIVE_BUTTONS, PLANNER_BUTTONS};
use crate::views::plan_print as print;
use crate::views::words as text;
use chrono::{Duration, Timelike};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Where each part of the planner is on a screen of a given size.
struct Geometry {
    title: Rect,
    tabs: Rect,
    ruler: Rect,
    /// The window rows shown, and the first row's index (rows scroll to keep
    /// the cursor's row in sight).
    rows: Rect,
    first_row: usize,
    heading: Rect,
    services: Rect,
    legend: Rect,
    details: Rect,
    footer: Rect,
    /// The timeline's columns: from `x`, `width` wide.
    x: u16,
    width: u16,
    label: u16,
}

/// The footer's buttons for the view on show.
fn keys(p: &Planner) -> &'static buttons::Keys {
    match p.tab {
        Tab::Timeline => &PLANNER_BUTTONS,
        Tab::Live => &LIVE_BUTTONS,
    }
}

fn geometry(app: &App, p: &Planner, area: Rect) -> Geometry {
    let footer = buttons::footer_area(&app.tr, keys(p), area, &super::marked(app));
    let line = |y: u16| Rect::new(area.x, y, area.width, 1);
    let top = area.y;
    let body_h = footer.y.saturating_sub(top + 3);
    let services = p.report.services.len() as u16;
    let windows = p.windows.len() as u16;
    // The windows first, then the forecast, then a line of legend; what is
    // left holds the details.
    let rows_h = windows.min(body_h.saturating_sub(2).max(1));
    let svc_h = services.min(body_h.saturating_sub(rows_h + 1));
    let legend_h = u16::from(body_h > rows_h + svc_h + 1);
    let details_h = body_h.saturating_sub(rows_h + 1 + svc_h + legend_h);
    let first_row = p.row.saturating_sub(rows_h.saturating_sub(1) as usize);
    let y_rows = top + 3;
    let y_heading = y_rows + rows_h;
    let y_services = y_heading + 1;
    let y_legend = y_services + svc_h;
    let y_details = y_legend + legend_h;
    let longest = app
        .hall
        .windows
        .iter()
        .map(|w| row_label(app, p, w.id).chars().count())
        .chain(
            p.report
                .services
                .iter()
                .map(|s| s.code.len() + 1 + s.name.chars().count()),
        )
        .max()
        .unwrap_or(8) as u16;
    let label = longest.clamp(6, 24).min(area.width / 3);
    Geometry {
        title: line(top),
        tabs: line(top + 1),
        ruler: line(top + 2),
        rows: Rect::new(area.x, y_rows, area.width, rows_h),
        first_row,
        heading: line(y_heading),
        services: Rect::new(area.x, y_services, area.width, svc_h),
        legend: Rect::new(area.x, y_legend, area.width, legend_h),
        details: Rect::new(area.x, y_details, area.width, details_h),
        footer,
        x: area.x + label + 1,
        width: area.width.saturating_sub(label + 1).max(1),
        label,
    }
}

impl Geometry {
    fn column_of(&self, p: &Planner, t: Instant) -> Option<u16> {
        let span = (p.close - p.open).num_seconds().max(1) as f64;
        let f = (t - p.open).num_seconds() as f64 / span;
        (0.0..1.0)
            .contains(&f)
            .then(|| self.x + (f * f64::from(self.width)) as u16)
    }

    /// The time at the middle of a timeline column.
    fn time_of(&self, p: &Planner, column: u16) -> Instant {
        let span = (p.close - p.open).num_seconds().max(1) as f64;
        let c = f64::from(column.saturating_sub(self.x).min(self.width - 1)) + 0.5;
        p.open + Duration::seconds((c / f64::from(self.width) * span) as i64)
    }
}

fn row_label(app: &App, p: &Planner, window: crate::domain::WindowId) -> String {
    let name = app.hall.window(window).and_then(|w| w.name.clone());
    let base = text::window_name(&app.tr, window, &name);
    let staff = app
        .hall
        .staff
        .iter()
        .find(|s| s.window == Some(window))
        .map(|s| s.name.clone());
    let _ = p;
    match staff {
        Some(s) => format!("{base} {s}"),
        None => base,
    }
}

fn fit(s: &str, width: u16) -> String {
    let w = width as usize;
    let mut out: String = s.chars().take(w).collect();
    let n = out.chars().count();
    if n < w {
        out.push_str(&" ".repeat(w - n));
    }
    out
}

/// A run of cells with one style.
struct Cells {
    spans: Vec<Span<'static>>,
    text: String,
    style: Style,
}

impl Cells {
    fn new() -> Cells {
        Cells {
            spans: Vec::new(),
            text: String::new(),
            style: Style::default(),
        }
    }

    fn push(&mut self, c: char, style: Style) {
        if style != self.style && !self.text.is_empty() {
            self.spans
                .push(Span::styled(std::mem::take(&mut self.text), self.style));
        }
        self.style = style;
        self.text.push(c);
    }

    fn line(mut self, label: String, label_style: Style) -> Line<'static> {
        if !self.text.is_empty() {
            self.spans.push(Span::styled(self.text, self.style));
        }
        let mut spans = vec![Span::styled(label, label_style)];
        spans.extend(self.spans);
        Line::from(spans)
    }
}

/// The glyph for a break on the timeline: it tells the break's state without
/// colour (over, under way, published, not yet published or written).
fn break_glyph(b: &PlanBreak) -> char {
    match b.lock {
        Lock::Done => '░',
        Lock::Started | Lock::Announced => '▓',
        Lock::Free if b.published && !b.edited() => '█',
        Lock::Free => '▒',
    }
}

/// A forecast cell as a bar whose height is the wait against the target;
/// `!` when no window will serve those arriving.
fn wait_glyph(c: &CellRow, target: f64) -> char {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    match c.mean_wait_minutes {
        Some(w) => {
            let level = (w / target.max(0.1) * 6.0).round() as usize;
            BARS[level.min(BARS.len() - 1)]
        }
        None => '!',
    }
}

fn wait_style(theme: &Theme, c: &CellRow, target: f64) -> Style {
    match c.mean_wait_minutes {
        Some(w) if !c.overloaded && w <= target * 0.5 => theme.ok(),
        Some(w) if !c.overloaded && w <= target => theme.warn(),
        _ => theme.alert(),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(p) = app.planner.as_ref() else {
        return;
    };
    let tr = &app.tr;
    let theme = Theme::of(app);
    let g = geometry(app, p, area);
    let now = app.overview.now.to_utc();

    // Title and tabs.
    let mut title = tr.f(
        "planner-title",
        &[("hall", (&text::title(tr, &app.overview)).into())],
    );
    let clock = format!(
        "{} {}",
        p.day.format("%Y-%m-%d"),
        app.overview.now.format("%H:%M")
    );
    let room = (g.title.width as usize).saturating_sub(clock.chars().count() + 1);
    title = fit(&crate::text::cut_at_word(&title, room), room as u16);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(title, theme.bold()),
            Span::raw(" "),
            Span::styled(clock, theme.bold()),
        ])),
        g.title,
    );
    let tab = |t: Tab, id: &str| {
        let label = format!(" {} ", tr.t(id));
        if p.tab == t {
            Span::styled(label, theme.selected())
        } else {
            Span::raw(label)
        }
    };
    let status = if p.preview.is_some() {
        Span::styled(tr.t("planner-status-preview"), theme.warn())
    } else if p.plan.dirty() {
        let edits = p.plan.commands().len();
        Span::styled(
            tr.f("planner-status-dirty", &[("count", edits.into())]),
            theme.warn(),
        )
    } else {
        Span::styled(tr.t("planner-status-clean"), theme.dim())
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            tab(Tab::Timeline, "planner-tab-timeline"),
            tab(Tab::Live, "planner-tab-live"),
            Span::raw("  "),
            status,
        ])),
        g.tabs,
    );

    let footer = buttons::buttons(tr, keys(p), g.footer, &super::marked(app));
    let body = Rect::new(
        area.x,
        g.ruler.y,
        area.width,
        g.footer.y.saturating_sub(g.ruler.y),
    );
    if p.tab == Tab::Live {
        live(app, p, frame, body);
    } else {
        timeline(app, p, &g, frame, now);
    }
    for b in footer {
        frame.render_widget(Paragraph::new(Span::styled(b.label, theme.dim())), b.area);
    }
}

fn timeline(app: &App, p: &Planner, g: &Geometry, frame: &mut Frame, now: Instant) {
    let tr = &app.tr;
    let theme = Theme::of(app);
    let (plan, report) = p.shown();
    let today = app.overview.now.date_naive() == p.day;
    let now_col = if today { g.column_of(p, now) } else { None };
    let cursor_col = g.column_of(p, p.cursor);

    // The hour ruler.
    let mut ruler: Vec<char> = vec![' '; g.width as usize];
    let mut hour = p.open.with_timezone(&app.hall.tz);
    hour = hour
        .with_minute(0)
        .and_then(|h| h.with_second(0))
        .unwrap_or(hour);
    while hour.to_utc() < p.close {
        if let Some(c) = g.column_of(p, hour.to_utc()) {
            let label = hour.format("%H").to_string();
            let at = (c - g.x) as usize;
            if at + 2 <= ruler.len() && ruler[at..at + 2].iter().all(|x| *x == ' ') {
                for (i, ch) in label.chars().enumerate() {
                    ruler[at + i] = ch;
                }
            }
        }
        hour += Duration::hours(1);
    }
    if let Some(c) = now_col
        && let Some(cell) = ruler.get_mut((c - g.x) as usize)
        && *cell == ' '
    {
        *cell = '▼';
    }
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::raw(fit("", g.label + 1)),
            Span::styled(ruler.into_iter().collect::<String>(), theme.dim()),
        ])),
        g.ruler,
    );

    // One row per window.
    let with_problems: Vec<u64> = report
        .breaks
        .iter()
        .zip(&plan.breaks)
        .filter(|(r, _)| !r.problems.is_empty())
        .map(|(_, b)| b.key)
        .collect();
    let changed: Vec<u64> = p
        .preview
        .as_ref()
        .map(|pv| {
            pv.suggestion
                .changed
                .iter()
                .filter_map(|i| pv.suggestion.plan.breaks.get(*i).map(|b| b.key))
                .collect()
        })
        .unwrap_or_default();
    let selected = if p.preview.is_some() {
        None
    } else {
        p.selected
    };
    let staffed: Vec<Option<(Instant, Instant)>> = p
        .windows
        .iter()
        .map(|w| crate::staffing::staffed_hours(&app.hall, p.day, *w))
        .collect();
    for (k, row) in (g.first_row..p.windows.len())
        .take(g.rows.height as usize)
        .enumerate()
    {
        let window = p.windows[row];
        let mut cells = Cells::new();
        let mut marked: Vec<u64> = Vec::new();
        for c in 0..g.width {
            let col = g.x + c;
            let t = g.time_of(p, col);
            // A break that began is drawn where it really was: a late start
            // leaves its planned minutes as `-`, an overrun runs past them.
            let hit = plan
                .breaks
                .iter()
                .filter(|b| b.window == window)
                .find_map(|b| {
                    let planned = b.start <= t && t < b.end;
                    // A break still on runs at least to its planned end.
                    let taken = b
                        .actual
                        .is_some_and(|(s, e)| s <= t && t < e.unwrap_or(now.max(b.end)).max(s));
                    (planned || taken).then_some((b, planned, taken))
                });
            let b = hit.map(|(b, _, _)| b);
            let (mut ch, mut style) = match hit {
                Some((b, planned, taken)) => {
                    let style = if Some(b.key) == selected {
                        theme.selected()
                    } else if with_problems.contains(&b.key) || (taken && !planned) {
                        theme.alert()
                    } else if changed.contains(&b.key) {
                        theme.warn()
                    } else {
                        theme.ok()
                    };
                    // A break that breaks a rule says so at its start, in
                    // more than colour.
                    let ch = if with_problems.contains(&b.key) && !marked.contains(&b.key) {
                        marked.push(b.key);
                        '!'
                    } else if b.actual.is_some() && !taken {
                        '-'
                    } else {
                        break_glyph(b)
                    };
                    (ch, style)
                }
                None if staffed[row].is_some_and(|(a, z)| a <= t && t < z) => ('·', theme.dim()),
                None => (' ', Style::default()),
            };
            if b.is_none() && Some(col) == now_col {
                ch = '│';
            }
            if row == p.row && Some(col) == cursor_col && (b.is_none() || selected.is_none()) {
                style = theme.selected();
                if b.is_none() {
                    ch = '▏';
                }
            }
            cells.push(ch, style);
        }
        let label_style = if row == p.row {
            theme.bold()
        } else {
            Style::default()
        };
        let label = fit(&row_label(app, p, window), g.label) + " ";
        frame.render_widget(
            Paragraph::new(cells.line(label, label_style)),
            Rect::new(g.rows.x, g.rows.y + k as u16, g.rows.width, 1),
        );
    }

    // The forecast heading and one row per service.
    frame.render_widget(
        Paragraph::new(Span::styled(
            {
                let head = format!("── {} ", tr.t("planner-forecast"));
                let rest = (g.heading.width as usize).saturating_sub(head.chars().count());
                head + &"─".repeat(rest)
            },
            theme.bold(),
        )),
        g.heading,
    );
    for (k, s) in report
        .services
        .iter()
        .enumerate()
        .take(g.services.height as usize)
    {
        let intervals = &report.intervals;
        // Numbers when every interval has three columns for them, bars else.
        let numbers = u32::from(g.width) >= 3 * intervals.len().max(1) as u32;
        let mut row: Vec<(char, Style)> = vec![(' ', Style::default()); g.width as usize];
        for interval in intervals {
            let cell = &interval.cells[k];
            let style = wait_style(&theme, cell, s.target_wait_minutes);
            let from = g.column_of(p, interval.start.to_utc()).unwrap_or(g.x) - g.x;
            let to = g
                .column_of(p, interval.end.to_utc())
                .unwrap_or(g.x + g.width)
                - g.x;
            let cols = (from as usize)..(to as usize).min(row.len());
            if numbers {
                // Right-aligned, then `!` for an overloaded interval or a
                // space before the next interval's.
                let width = cols.len().saturating_sub(1);
                let mark = if cell.overloaded { '!' } else { ' ' };
                let text = match cell.mean_wait_minutes {
                    Some(w) => format!("{:>width$}{mark}", w.round() as i64),
                    None => format!("{:>width$}{mark}", "!"),
                };
                for (slot, ch) in row[cols].iter_mut().zip(text.chars()) {
                    *slot = (ch, style);
                }
            } else {
                // The wait's bar; an overloaded interval says so at its start.
                let bar = wait_glyph(cell, s.target_wait_minutes);
                for (n, slot) in row[cols].iter_mut().enumerate() {
                    let ch = if cell.overloaded && n == 0 { '!' } else { bar };
                    *slot = (ch, style);
                }
            }
        }
        let mut cells = Cells::new();
        for (ch, style) in row {
            cells.push(ch, style);
        }
        let label = fit(&format!("{} {}", s.code, s.name), g.label) + " ";
        frame.render_widget(
            Paragraph::new(cells.line(label, Style::default())),
            Rect::new(g.services.x, g.services.y + k as u16, g.services.width, 1),
        );
    }
    if g.legend.height > 0 {
        frame.render_widget(
            Paragraph::new(Span::styled(tr.t("planner-legend"), theme.dim())),
            g.legend,
        );
    }
    frame.render_widget(
        Paragraph::new(details(app, p, plan, report)).wrap(Wrap { trim: false }),
        g.details,
    );
}

/// The live hall: break requests to answer, then the hall as the overview
/// shows it.
fn live(app: &App, p: &Planner, frame: &mut Frame, area: Rect) {
    let tr = &app.tr;
    let theme = Theme::of(app);
    let requests = &app.overview.requests;
    let mut lines = vec![Line::from(Span::styled(
        format!("── {} ", tr.t("heading-requests")),
        theme.bold(),
    ))];
    if requests.is_empty() {
        lines.push(Line::from(Span::styled(
            tr.t("planner-no-requests"),
            theme.dim(),
        )));
    }
    let selected = p.request.min(requests.len().saturating_sub(1));
    for (i, r) in requests.iter().enumerate() {
        let style = if i == selected {
            theme.selected()
        } else if r.due {
            theme.alert()
        } else {
            Style::default()
        };
        lines.push(Line::from(Span::styled(text::request_line(tr, r), style)));
    }
    if let Some(f) = &app.flash {
        let style = if f.refused { theme.alert() } else { theme.ok() };
        lines.push(Line::from(Span::styled(f.text.clone(), style)));
    }
    let height = (lines.len() as u16).min(area.height / 2).max(1);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        Rect::new(area.x, area.y, area.width, height),
    );
    let mut rest = Rect::new(
        area.x,
        area.y + height,
        area.width,
        area.height.saturating_sub(height),
    );
    // Today's forecast from the queues as they stand.
    if let Some(l) = &p.live {
        let lines: Vec<Line> = print::live_lines(tr, l)
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                let style = if i == 0 {
                    theme.dim()
                } else {
                    Style::default()
                };
                Line::from(Span::styled(t, style))
            })
            .collect();
        let h = (lines.len() as u16).min(rest.height / 2);
        frame.render_widget(
            Paragraph::new(lines),
            Rect::new(rest.x, rest.y, rest.width, h),
        );
        rest = Rect::new(rest.x, rest.y + h, rest.width, rest.height - h);
    }
    if rest.height > 0 {
        super::overview::body(app, frame, rest);
    }
}

/// The lines under the timeline: the suggestion's figures, the selected break
/// and what is wrong with it, the cursor's interval, the plan's own problems,
/// the day's figures and the last answer.
fn details(app: &App, p: &Planner, plan: &Plan, report: &PlanReport) -> Vec<Line<'static>> {
    let tr = &app.tr;
    let theme = Theme::of(app);
    let mut out: Vec<Line<'static>> = Vec::new();
    if let Some(f) = &app.flash {
        let style = if f.refused { theme.alert() } else { theme.ok() };
        out.push(Line::from(Span::styled(f.text.clone(), style)));
    }
    if let Some(pv) = &p.preview {
        let s = &pv.suggestion;
        out.push(Line::from(Span::styled(
            tr.f(
                "planner-suggestion",
                &[
                    ("before", (&format!("{:.1}", s.before.worst)).into()),
                    ("after", (&format!("{:.1}", s.after.worst)).into()),
                    ("over_before", s.before.overloaded.into()),
                    ("over_after", s.after.overloaded.into()),
                    (
                        "mean_before",
                        (&format!("{:.1}", s.before.mean_wait)).into(),
                    ),
                    ("mean_after", (&format!("{:.1}", s.after.mean_wait)).into()),
                    ("count", s.changed.len().into()),
                ],
            ),
            theme.warn(),
        )));
        for (staff, e) in &s.unplaced {
            out.push(problem_line(
                app,
                &crate::plan::rules::Problem::Unplanned {
                    staff: staff.clone(),
                    minutes: e.length.num_minutes(),
                    earliest: e.earliest,
                    latest: e.latest,
                },
            ));
        }
    } else if let Some(i) = p.selected_index() {
        if let Some(row) = report.breaks.get(i) {
            out.push(Line::from(Span::styled(
                print::break_line(tr, row),
                theme.bold(),
            )));
            for pr in &row.problems {
                out.push(problem_line(app, pr));
            }
        }
    } else if let Some(w) = p.windows.get(p.row) {
        let name = app.hall.window(*w).and_then(|x| x.name.clone());
        out.push(Line::from(
            tr.f(
                "planner-cursor",
                &[
                    ("window", (&text::window_name(tr, *w, &name)).into()),
                    (
                        "time",
                        (&p.cursor
                            .with_timezone(&app.hall.tz)
                            .format("%H:%M")
                            .to_string())
                            .into(),
                    ),
                ],
            ),
        ));
    }
    match &p.check {
        Some(Ok(c)) => {
            out.push(Line::from(Span::styled(
                crate::views::planner::check_text(tr, c),
                theme.ok(),
            )));
            for line in print::check_verdict(tr, report, c) {
                let style = if c.disagreements > 0 || c.day_disagrees {
                    theme.warn()
                } else {
                    theme.ok()
                };
                out.push(Line::from(Span::styled(line, style)));
            }
        }
        Some(Err(e)) => out.push(Line::from(Span::styled(
            tr.f("plan-sim-failed", &[("reason", e.into())]),
            theme.alert(),
        ))),
        None => {}
    }
    if let Some(i) = p.cursor_interval()
        && let Some(row) = report.intervals.get(i)
    {
        let simulated = match &p.check {
            Some(Ok(c)) => c.intervals.get(i),
            _ => None,
        };
        let parts: Vec<String> = report
            .services
            .iter()
            .zip(&row.cells)
            .enumerate()
            .map(|(k, (s, c))| {
                let words = interval_words(tr, &s.code, s.target_wait_minutes, c);
                // Beside it, what the simulator made of the same interval.
                match simulated.and_then(|row| row.cells.get(k)) {
                    Some(sim) if sim.simulated.mean.is_finite() => format!(
                        "{words} ({}{})",
                        tr.f(
                            "planner-interval-sim",
                            &[
                                ("service", (&s.code).into()),
                                ("sim", (&format!("{:.1}", sim.simulated.mean)).into()),
                                (
                                    "ci",
                                    (&format!("{:.1}", sim.simulated.ci95.unwrap_or(0.0))).into()
                                ),
                            ],
                        ),
                        if sim.disagrees { " ≠" } else { "" }
                    ),
                    _ => words,
                }
            })
            .collect();
        out.push(Line::from(format!(
            "{}–{}  {}",
            row.start.format("%H:%M"),
            row.end.format("%H:%M"),
            parts.join(" · ")
        )));
    }
    for pr in &report.plan_problems {
        out.push(problem_line(app, pr));
    }
    out.push(Line::from(Span::styled(
        print::summary(tr, report),
        theme.dim(),
    )));
    // The day's breaks, as room allows: a supervisor reads the plan as a list
    // too.
    let mut order: Vec<usize> = (0..plan.breaks.len()).collect();
    order.sort_by_key(|i| (plan.breaks[*i].start, plan.breaks[*i].window));
    let changed = p.preview.as_ref().map(|pv| &pv.suggestion.changed);
    if !order.is_empty() {
        out.push(Line::from(""));
    }
    for i in order {
        let Some(row) = report.breaks.get(i) else {
            continue;
        };
        let mark = if !row.problems.is_empty() {
            "!"
        } else if changed.is_some_and(|c| c.contains(&i)) {
            "→"
        } else {
            " "
        };
        let style = if Some(plan.breaks[i].key) == p.selected && p.preview.is_none() {
            theme.selected()
        } else if !row.problems.is_empty() {
            theme.alert()
        } else {
            Style::default()
        };
        out.push(Line::from(Span::styled(
            format!("{mark} {}", print::break_line(tr, row)),
            style,
        )));
    }
    out
}

fn problem_line(app: &App, p: &crate::plan::rules::Problem) -> Line<'static> {
    Line::from(Span::styled(
        format!("! {}", print::problem(&app.tr, &app.hall, p)),
        Theme::of(app).alert(),
    ))
}

/// One service in one interval, in words: "A 3.2 min, 74% within 10, 3/3".
fn interval_words(tr: &Tr, code: &str, target: f64, c: &CellRow) -> String {
    let windows = match c.needed {
        Some(n) => format!("{:.0}/{n}", c.windows),
        None => format!("{:.0}/–", c.windows),
    };
    let figures = |key: &str, w: f64| {
        tr.f(
            key,
            &[
                ("service", code.into()),
                ("wait", (&format!("{w:.1}")).into()),
                ("level", Arg::Num((c.service_level * 100.0).round() as i64)),
                ("target", Arg::Num(target.round() as i64)),
                ("windows", (&windows).into()),
            ],
        )
    };
    match c.mean_wait_minutes {
        Some(w) if c.overloaded => figures("planner-interval-overloaded", w),
        Some(w) => figures("planner-interval", w),
        None => tr.f(
            "planner-interval-no-window",
            &[("service", code.into()), ("windows", (&windows).into())],
        ),
    }
}

/// What a left click at (column, row) means on the planner: a button, a tab,
/// or a window row and a time on the timeline.
pub fn clicked(app: &App, area: Rect, column: u16, row: u16) -> Option<Action> {
    let p = app.planner.as_ref()?;
    let g = geometry(app, p, area);
    let hit = buttons::buttons(&app.tr, keys(p), g.footer, &super::marked(app))
        .into_iter()
        .find(|b: &Button| b.area.contains(ratatui::layout::Position::new(column, row)));
    if let Some(b) = hit {
        return Some(b.action);
    }
    if row == g.tabs.y {
        return Some(Action::SwitchTab);
    }
    if p.tab != Tab::Timeline || column < g.x || !g.rows.contains((column, row).into()) {
        return None;
    }
    Some(Action::PointAt {
        row: g.first_row + (row - g.rows.y) as usize,
        at: g.time_of(p, column),
    })
}

/// A drag with the left button: the selected break follows the pointer.
pub fn dragged(app: &App, area: Rect, column: u16) -> Option<Action> {
    let p = app.planner.as_ref()?;
    if app.screen != crate::tui::app::Screen::Planner || p.tab != Tab::Timeline {
        return None;
    }
    let g = geometry(app, p, area);
    (column >= g.x).then(|| Action::DragTo {
        at: g.time_of(p, column),
    })
}
