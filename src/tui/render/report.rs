//! Draws the supervisor's report screen: today's and this week's key figures
//! side by side, customers by interval as a sparkline, today's waits by
//! interval against the forecast and the target as a chart, this week's mean
//! wait by day as bars, and (on a wide screen) unscheduled breaks by reason.
//! A pure function of the screen's state and the frame's size.

use crate::report::tables::{Value, Words};
use crate::report::{KeyFigure, Report, TrendStep, Unit};
use crate::tui::app::report::ReportScreen;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Bar, BarChart, Block, Borders, Chart, Dataset, GraphType, Paragraph, Row, Sparkline,
    Table, Wrap,
};

/// The key figures shown on a small screen, in order.
const SHORT: [&str; 9] = [
    "served",
    "mean_wait",
    "within_target",
    "breaks_taken",
    "late_starts",
    "overruns",
    "unwarned_with_queue",
    "promises_kept",
    "unscheduled_minutes",
];

/// Rows of what customers said, below the key figures on a tall screen.
const QUALITY_ROWS: u16 = 2;

/// From this width unscheduled breaks by reason get a chart of their own.
const WIDE: u16 = 110;

fn style(colour: bool, c: Color) -> Style {
    if colour {
        Style::default().fg(c)
    } else {
        Style::default()
    }
}

pub fn render(s: &ReportScreen, colour: bool, frame: &mut Frame) {
    let area = frame.area();
    if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
        let msg = Paragraph::new(s.tr.t("too-small")).wrap(Wrap { trim: true });
        frame.render_widget(msg, area);
        return;
    }
    let w = Words {
        tr: &s.tr,
        hall: &s.hall,
    };
    let all = area.height >= 36;
    let rows = if all {
        16 + QUALITY_ROWS
    } else {
        SHORT.len() as u16
    };
    let notes = notes(&w, s);
    let [title, note_area, figures, spark, charts, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(!notes.is_empty())),
        Constraint::Length(rows + 1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let now = s.now.with_timezone(&s.hall.tz);
    let clock = now.format("%H:%M").to_string();
    let head =
        s.tr.f("report-screen-title", &[("hall", (&s.today.hall).into())]);
    let [left, right] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(clock.chars().count() as u16 + 1),
    ])
    .areas(title);
    frame.render_widget(
        Paragraph::new(Span::styled(
            head,
            Style::default().add_modifier(Modifier::BOLD),
        )),
        left,
    );
    frame.render_widget(Paragraph::new(clock).right_aligned(), right);
    if !notes.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(notes.join(" "), style(colour, Color::Yellow))),
            note_area,
        );
    }
    key_table(&w, s, all, figures, frame);
    sparkline(&w, &s.today, colour, spark, frame);
    let wide = charts.width >= WIDE;
    let cols: Vec<Constraint> = if wide {
        vec![
            Constraint::Percentage(42),
            Constraint::Percentage(28),
            Constraint::Percentage(30),
        ]
    } else {
        vec![Constraint::Percentage(58), Constraint::Percentage(42)]
    };
    let parts = Layout::horizontal(cols).split(charts);
    if charts.height >= 5 {
        waits_chart(&w, &s.today, colour, parts[0], frame);
        week_bars(&w, &s.week, colour, parts[1], frame);
        if wide {
            reasons(&w, &s.week, colour, parts[2], frame);
        }
    }
    frame.render_widget(
        Paragraph::new(Span::styled(
            s.tr.t("report-screen-keys"),
            style(colour, Color::DarkGray),
        )),
        footer,
    );
}

/// What the reader should know: the hall closed today, a filter.
fn notes(w: &Words, s: &ReportScreen) -> Vec<String> {
    let mut out = Vec::new();
    if s.today.figures.open_days == 0 {
        out.push(w.t("report-screen-closed-today"));
    }
    if let Some(win) = s.filter.window {
        out.push(w.tr.f("report-only-window", &[("window", (&w.window(win)).into())]));
    }
    if let Some(staff) = &s.filter.staff {
        out.push(w.tr.f("report-only-staff", &[("staff", (&w.staff(staff)).into())]));
    }
    out
}

fn cell(w: &Words, k: Option<&KeyFigure>) -> String {
    match k {
        Some(k) => w.value(&Value::Num(k.unit, k.current)),
        None => "—".into(),
    }
}

fn key_table(w: &Words, s: &ReportScreen, all: bool, area: Rect, frame: &mut Frame) {
    let today = &s.today.key_figures;
    let week = &s.week.key_figures;
    let ids: Vec<&str> = if all {
        today.iter().map(|k| k.id).collect()
    } else {
        SHORT.to_vec()
    };
    let find = |list: &'_ [KeyFigure], id: &str| -> Option<KeyFigure> {
        list.iter().find(|k| k.id == id).cloned()
    };
    let header = Row::new(vec![
        String::new(),
        w.t("report-screen-today"),
        w.t("report-screen-week"),
    ])
    .style(Style::default().add_modifier(Modifier::BOLD));
    let mut rows: Vec<Row> = ids
        .iter()
        .map(|id| {
            let label = w.t(&format!("report-key-{}", id.replace('_', "-")));
            Row::new(vec![
                label,
                cell(w, find(today, id).as_ref()),
                cell(w, find(week, id).as_ref()),
            ])
        })
        .collect();
    if all {
        // What customers said, as the quality record has it so far.
        let said = |r: &Report| r.figures.quality.feedback.total.clone();
        let (d, wk) = (said(&s.today), said(&s.week));
        rows.push(Row::new(vec![
            w.t("report-col-complaints"),
            w.value(&Value::Num(Unit::Count, Some(d.complaints as f64))),
            w.value(&Value::Num(Unit::Count, Some(wk.complaints as f64))),
        ]));
        rows.push(Row::new(vec![
            w.t("report-quality-average-rating"),
            w.value(&Value::Num(Unit::Ratio, d.average_rating)),
            w.value(&Value::Num(Unit::Ratio, wk.average_rating)),
        ]));
    }
    let table = Table::new(
        rows,
        [
            Constraint::Min(10),
            Constraint::Length(12),
            Constraint::Length(12),
        ],
    )
    .header(header);
    frame.render_widget(table, area);
}

/// Customers by interval today, as one line of bars after its label.
fn sparkline(w: &Words, r: &Report, colour: bool, area: Rect, frame: &mut Frame) {
    let label = w.t("report-screen-arrivals");
    let width = (label.chars().count() as u16 + 1).min(area.width / 2);
    let [l, rest] = Layout::horizontal([Constraint::Length(width), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(label), l);
    let data: Vec<u64> = r.plan.iter().map(|p| p.arrivals).collect();
    frame.render_widget(
        Sparkline::default()
            .data(&data)
            .style(style(colour, Color::Cyan)),
        rest,
    );
}

fn waits_chart(w: &Words, r: &Report, colour: bool, area: Rect, frame: &mut Frame) {
    let block = Block::default()
        .borders(Borders::TOP)
        .title(w.t("report-screen-waits"));
    if r.plan.is_empty() {
        frame.render_widget(
            Paragraph::new(w.t("report-chart-nothing"))
                .block(block)
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let point =
        |pick: fn(&crate::report::forecast::IntervalPlan) -> Option<f64>| -> Vec<(f64, f64)> {
            r.plan
                .iter()
                .enumerate()
                .filter_map(|(i, p)| pick(p).map(|v| (i as f64, v)))
                .collect()
        };
    let actual = point(|p| p.mean_wait);
    let forecast = point(|p| p.forecast_mean_wait);
    let target = point(|p| p.target);
    // As on paper: what happened and the target set the scale; a forecast
    // far above them runs off the top rather than flatten the rest.
    let seen = actual
        .iter()
        .chain(&target)
        .map(|(_, v)| *v)
        .fold(0.0, f64::max);
    let predicted = forecast.iter().map(|(_, v)| *v).fold(0.0, f64::max);
    let top = if seen > 0.0 {
        seen.max(predicted.min(seen * 2.0))
    } else {
        predicted
    }
    .max(1.0)
    .ceil();
    let last = (r.plan.len().saturating_sub(1)) as f64;
    let datasets = vec![
        Dataset::default()
            .name(w.t("report-legend-actual"))
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(style(colour, Color::Cyan))
            .data(&actual),
        Dataset::default()
            .name(w.t("report-legend-forecast"))
            .marker(Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(style(colour, Color::Gray))
            .data(&forecast),
        Dataset::default()
            .name(w.t("report-legend-target"))
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(style(colour, Color::Red))
            .data(&target),
    ];
    let first = r.plan.first().map(|p| p.start.format("%H:%M").to_string());
    let end = r.plan.last().map(|p| p.end.format("%H:%M").to_string());
    let chart = Chart::new(datasets)
        .block(block)
        .hidden_legend_constraints((Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)))
        .x_axis(
            Axis::default()
                .bounds([0.0, last.max(1.0)])
                .labels([first.unwrap_or_default(), end.unwrap_or_default()]),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, top])
                .labels(["0".to_string(), w.num(top, 0)]),
        );
    frame.render_widget(chart, area);
}

fn week_bars(w: &Words, r: &Report, colour: bool, area: Rect, frame: &mut Frame) {
    let block = Block::default()
        .borders(Borders::TOP)
        .title(w.t("report-screen-week-waits"));
    let days: Vec<&crate::report::TrendPoint> = r
        .trend
        .points
        .iter()
        .filter(|p| r.trend.step == TrendStep::Day && p.from >= r.period.from)
        .collect();
    let bars: Vec<Bar> = days
        .iter()
        .map(|p| {
            let label = w.t(&format!(
                "report-weekday-short-{}",
                chrono::Datelike::weekday(&p.from).number_from_monday()
            ));
            let (value, text) = match p.mean_wait {
                Some(m) => ((m * 10.0).round() as u64, w.num(m, 1)),
                None => (0, "—".to_string()),
            };
            Bar::with_label(label, value).text_value(text)
        })
        .collect();
    let inner = area.width.saturating_sub(1);
    let n = bars.len().max(1) as u16;
    let width = (inner / n).saturating_sub(1).clamp(1, 6);
    let chart = BarChart::new(bars)
        .block(block)
        .bar_width(width)
        .bar_gap(1)
        .bar_style(style(colour, Color::Cyan))
        .value_style(Style::default().add_modifier(Modifier::BOLD));
    frame.render_widget(chart, area);
}

/// Unscheduled breaks by reason: a line each, with a bar as long as its
/// minutes against the longest.
fn reasons(w: &Words, r: &Report, colour: bool, area: Rect, frame: &mut Frame) {
    let block = Block::default()
        .borders(Borders::TOP)
        .title(w.t("report-chart-reasons"));
    let rows = &r.figures.unscheduled;
    if rows.iter().all(|x| x.count == 0) {
        frame.render_widget(
            Paragraph::new(w.t("report-chart-no-unscheduled"))
                .block(block)
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let most = rows.iter().map(|x| x.minutes).fold(0.0, f64::max).max(1.0);
    let label_width = rows
        .iter()
        .map(|x| w.reason(&x.reason).chars().count())
        .max()
        .unwrap_or(0);
    let lines: Vec<Line> = rows
        .iter()
        .map(|x| {
            let label = w.reason(&x.reason);
            let value = w.tr.f(
                "report-chart-reason-value",
                &[
                    ("count", crate::i18n::Arg::Num(x.count as i64)),
                    ("minutes", crate::i18n::Arg::Num(x.minutes.round() as i64)),
                ],
            );
            let room = usize::from(area.width)
                .saturating_sub(label_width + value.chars().count() + 3)
                .min(20);
            let bar = "█".repeat(((x.minutes / most) * room as f64).round() as usize);
            Line::from(vec![
                Span::raw(format!("{label:<label_width$} {value} ")),
                Span::styled(bar, style(colour, Color::Yellow)),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
