//! The report's charts as small SVG drawings, made here rather than by a
//! crate: waits by interval against the target and the forecast, the breaks
//! planned against taken on a timeline, the trend, and unscheduled breaks by
//! reason. Each is drawn in a view box of fixed size in millimetre-like units
//! and scales with the page; every label is cut to the room it has, so no
//! text leaves its drawing.

use crate::report::tables::Words;
use crate::report::{Report, TimelineBreak, TrendStep};
use chrono::{NaiveTime, Timelike};
use std::fmt::Write;

/// Drawing size: wide and low, two to a row of the A4 page.
pub const W: f64 = 92.0;
pub const H: f64 = 28.0;
/// Type size in the drawing's units, and the width of one character of it
/// (generous, for Cyrillic and digits).
const FONT: f64 = 2.3;
const CHAR: f64 = FONT * 0.62;

const INK: &str = "#222";
const GRID: &str = "#ccc";
const ACTUAL: &str = "#2d6ca2";
const FORECAST: &str = "#555";
const TARGET: &str = "#b3261e";
const PLANNED: &str = "#d9d9d9";
const UNSCHEDULED: &str = "#d9822b";

/// Text made inert in SVG and HTML.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A label cut to `room` units, with an ellipsis when cut.
pub fn fit(s: &str, room: f64) -> String {
    let max = (room / CHAR).floor().max(1.0) as usize;
    let n = s.chars().count();
    if n <= max {
        s.to_string()
    } else {
        let mut cut: String = s.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

struct Svg {
    out: String,
}

impl Svg {
    fn new(label: &str) -> Svg {
        let mut out = String::new();
        let _ = write!(
            out,
            "<svg viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{}\" font-size=\"{FONT}\" font-family=\"DejaVu Sans, Noto Sans, Arial, sans-serif\">",
            esc(label)
        );
        Svg { out }
    }

    fn text(&mut self, x: f64, y: f64, anchor: &str, s: &str, room: f64) {
        let _ = write!(
            self.out,
            "<text x=\"{x:.2}\" y=\"{y:.2}\" text-anchor=\"{anchor}\" fill=\"{INK}\">{}</text>",
            esc(&fit(s, room))
        );
    }

    fn small(&mut self, x: f64, y: f64, anchor: &str, s: &str, room: f64) {
        let size = FONT * 0.85;
        let max = (room / (size * 0.62)).floor().max(1.0) as usize;
        let s: String = if s.chars().count() > max {
            let mut c: String = s.chars().take(max.saturating_sub(1)).collect();
            c.push('…');
            c
        } else {
            s.to_string()
        };
        let _ = write!(
            self.out,
            "<text x=\"{x:.2}\" y=\"{y:.2}\" text-anchor=\"{anchor}\" font-size=\"{size:.2}\" fill=\"{INK}\">{}</text>",
            esc(&s)
        );
    }

    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, style: &str) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        let _ = write!(
            self.out,
            "<rect x=\"{x:.2}\" y=\"{y:.2}\" width=\"{w:.2}\" height=\"{h:.2}\" {style}/>"
        );
    }

    fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, style: &str) {
        let _ = write!(
            self.out,
            "<line x1=\"{x1:.2}\" y1=\"{y1:.2}\" x2=\"{x2:.2}\" y2=\"{y2:.2}\" {style}/>"
        );
    }

    fn polyline(&mut self, points: &[(f64, f64)], style: &str) {
        if points.len() < 2 {
            return;
        }
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.2},{y:.2}"))
            .collect();
        let _ = write!(
            self.out,
            "<polyline points=\"{}\" fill=\"none\" {style}/>",
            pts.join(" ")
        );
    }

    fn dot(&mut self, x: f64, y: f64, fill: &str) {
        let _ = write!(
            self.out,
            "<circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"0.6\" fill=\"{fill}\"/>"
        );
    }

    fn none(&mut self, what: &str) {
        self.text(W / 2.0, H / 2.0, "middle", what, W - 4.0);
    }

    /// A legend entry: a swatch and its words, from `x`; returns where the
    /// next entry goes.
    fn key(&mut self, x: f64, y: f64, swatch: &str, label: &str, room: f64) -> f64 {
        self.rect(x, y - 1.8, 2.4, 2.0, swatch);
        let label = fit(label, room);
        self.small(x + 3.0, y, "start", &label, room);
        x + 3.4 + label.chars().count() as f64 * FONT * 0.85 * 0.62 + 2.0
    }

    fn end(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// Round steps for an axis from 0 to at least `max`.
fn ticks(max: f64) -> (f64, Vec<f64>) {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let raw = max / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let top = (max / step).ceil() * step;
    let n = (top / step).round() as usize;
    (top, (0..=n).map(|i| i as f64 * step).collect())
}

/// Mean waits by interval (bars), the forecast's (line) and the target
/// (dashed), over the period's days.
pub fn waits(w: &Words, r: &Report) -> String {
    let title = w.t("report-chart-waits");
    let mut s = Svg::new(&title);
    let rows = &r.plan;
    if rows.is_empty()
        || rows
            .iter()
            .all(|p| p.arrivals == 0 && p.forecast_arrivals == 0.0)
    {
        s.none(&w.t("report-chart-nothing"));
        return s.end();
    }
    let (left, right, top, bottom) = (9.0, W - 2.0, 2.0, H - 9.0);
    // The scale is set by what happened and the target: a forecast far
    // above them (an overloaded plan) is cut at the top, not allowed to
    // flatten the rest.
    let seen = rows
        .iter()
        .flat_map(|p| [p.mean_wait, p.target])
        .flatten()
        .fold(0.0, f64::max);
    let forecast_top = rows
        .iter()
        .filter_map(|p| p.forecast_mean_wait)
        .fold(0.0, f64::max);
    let max = if seen > 0.0 {
        seen.max(forecast_top.min(seen * 2.0))
    } else {
        forecast_top
    };
    let (ymax, steps) = ticks(max * 1.1);
    let y = |v: f64| bottom - (v / ymax).min(1.05) * (bottom - top);
    for v in &steps {
        s.line(
            left,
            y(*v),
            right,
            y(*v),
            &format!("stroke=\"{GRID}\" stroke-width=\"0.15\""),
        );
        s.small(left - 0.8, y(*v) + 0.8, "end", &w.num(*v, 0), left - 1.0);
    }
    let n = rows.len() as f64;
    let slot = (right - left) / n;
    let mut forecast = Vec::new();
    let mut target = Vec::new();
    let label_every = ((6.0 * CHAR) / slot).ceil().max(1.0) as usize;
    for (i, p) in rows.iter().enumerate() {
        let x = left + slot * i as f64;
        if let Some(m) = p.mean_wait {
            s.rect(
                x + slot * 0.15,
                y(m),
                slot * 0.7,
                bottom - y(m),
                &format!("fill=\"{ACTUAL}\""),
            );
        }
        if let Some(f) = p.forecast_mean_wait {
            forecast.push((x + slot / 2.0, y(f)));
        } else if p.overloaded > 0 {
            s.small(x + slot / 2.0, top + 2.0, "middle", "!", slot.max(2.0));
        }
        if let Some(t) = p.target {
            target.push((x, y(t)));
            target.push((x + slot, y(t)));
        }
        if i % label_every == 0 {
            s.small(
                x + slot / 2.0,
                bottom + 3.0,
                "middle",
                &hhmm(p.start),
                slot * label_every as f64,
            );
        }
    }
    s.polyline(
        &target,
        &format!("stroke=\"{TARGET}\" stroke-width=\"0.35\" stroke-dasharray=\"1,0.8\""),
    );
    s.polyline(
        &forecast,
        &format!("stroke=\"{FORECAST}\" stroke-width=\"0.35\""),
    );
    for (x, yv) in &forecast {
        s.dot(*x, *yv, FORECAST);
    }
    s.line(
        left,
        bottom,
        right,
        bottom,
        &format!("stroke=\"{INK}\" stroke-width=\"0.2\""),
    );
    let ly = H - 1.5;
    let room = (W - 6.0) / 3.0 - 4.0;
    let mut x = 1.0;
    x = s.key(
        x,
        ly,
        &format!("fill=\"{ACTUAL}\""),
        &w.t("report-legend-actual"),
        room,
    );
    x = s.key(
        x,
        ly,
        &format!("fill=\"{FORECAST}\""),
        &w.t("report-legend-forecast"),
        room,
    );
    s.key(
        x,
        ly,
        &format!("fill=\"{TARGET}\""),
        &w.t("report-legend-target"),
        room,
    );
    s.end()
}

fn hhmm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

fn minutes_of_day(t: NaiveTime) -> f64 {
    f64::from(t.hour() * 60 + t.minute()) + f64::from(t.second()) / 60.0
}

/// The breaks on a timeline: for one day a row per window, for several days a
/// row per day. Planned times are light boxes, the time really away dark
/// bars (late starts and overruns show as the bar leaving its box),
/// unscheduled breaks orange, cancelled ones dashed.
pub fn timeline(w: &Words, r: &Report) -> String {
    let title = w.t("report-chart-timeline");
    let mut s = Svg::new(&title);
    let breaks: Vec<&TimelineBreak> = r.timeline.iter().collect();
    if breaks.is_empty() {
        s.none(&w.t("report-chart-no-breaks"));
        return s.end();
    }
    let one_day = r.period.days == 1;
    let mut rows: Vec<(String, String)> = Vec::new();
    for b in &breaks {
        let key = if one_day {
            format!("{:06}", b.window.0)
        } else {
            b.day.to_string()
        };
        if !rows.iter().any(|(k, _)| *k == key) {
            let label = if one_day {
                w.window(b.window)
            } else {
                w.day_month(b.day)
            };
            rows.push((key, label));
        }
    }
    rows.sort();
    let as_of = r.as_of;
    let mut lo = minutes_of_day(w.hall.hours.open);
    let mut hi = minutes_of_day(w.hall.hours.close);
    for b in &breaks {
        for t in [Some(b.start), Some(b.end), b.started, b.ended]
            .into_iter()
            .flatten()
        {
            let m = minutes_of_day(t.time());
            lo = lo.min(m);
            hi = hi.max(m);
        }
    }
    let lo = (lo / 60.0).floor() * 60.0;
    let hi = ((hi / 60.0).ceil() * 60.0).max(lo + 60.0);
    let label_room = 15.0;
    let (left, right, top, bottom) = (label_room + 1.0, W - 2.0, 1.5, H - 9.0);
    let x = |m: f64| left + (m - lo) / (hi - lo) * (right - left);
    let row_h = ((bottom - top) / rows.len() as f64).min(5.0);
    let hours = ((hi - lo) / 60.0).round() as i64;
    let every = ((hours as f64 * 5.0 * CHAR) / (right - left))
        .ceil()
        .max(1.0) as i64;
    for h in 0..=hours {
        let m = lo + h as f64 * 60.0;
        s.line(
            x(m),
            top,
            x(m),
            top + row_h * rows.len() as f64,
            &format!("stroke=\"{GRID}\" stroke-width=\"0.15\""),
        );
        if h % every == 0 {
            s.small(
                x(m),
                bottom + 3.0,
                "middle",
                &format!("{:02}", (m / 60.0) as i64 % 24),
                6.0,
            );
        }
    }
    let show_labels = row_h >= FONT * 0.8;
    for (i, (key, label)) in rows.iter().enumerate() {
        let y0 = top + row_h * i as f64;
        if show_labels || i % ((FONT / row_h).ceil() as usize).max(1) == 0 {
            s.small(
                label_room,
                y0 + row_h * 0.5 + 0.8,
                "end",
                label,
                label_room - 0.5,
            );
        }
        for b in breaks.iter().filter(|b| {
            if one_day {
                format!("{:06}", b.window.0) == *key
            } else {
                b.day.to_string() == *key
            }
        }) {
            let bh = row_h * 0.7;
            let by = y0 + (row_h - bh) / 2.0;
            let (ps, pe) = (minutes_of_day(b.start.time()), minutes_of_day(b.end.time()));
            if b.kind == "planned" {
                let dash = if b.cancelled {
                    " stroke-dasharray=\"0.6,0.4\""
                } else {
                    ""
                };
                s.rect(
                    x(ps),
                    by,
                    x(pe) - x(ps),
                    bh,
                    &format!("fill=\"{PLANNED}\" stroke=\"#777\" stroke-width=\"0.15\"{dash}"),
                );
            }
            if let Some(st) = b.started {
                let end = b.ended.unwrap_or(as_of).max(st);
                let (a, z) = (
                    minutes_of_day(st.time()),
                    if end.date_naive() != st.date_naive() {
                        hi
                    } else {
                        minutes_of_day(end.time())
                    },
                );
                let fill = if b.kind == "planned" {
                    ACTUAL
                } else {
                    UNSCHEDULED
                };
                s.rect(
                    x(a),
                    by + bh * 0.25,
                    (x(z) - x(a)).max(0.3),
                    bh * 0.5,
                    &format!("fill=\"{fill}\""),
                );
            }
        }
    }
    let ly = H - 1.5;
    let room = (W - 6.0) / 3.0 - 4.0;
    let mut lx = 1.0;
    lx = s.key(
        lx,
        ly,
        &format!("fill=\"{PLANNED}\" stroke=\"#777\" stroke-width=\"0.15\""),
        &w.t("report-legend-planned"),
        room,
    );
    lx = s.key(
        lx,
        ly,
        &format!("fill=\"{ACTUAL}\""),
        &w.t("report-legend-taken"),
        room,
    );
    s.key(
        lx,
        ly,
        &format!("fill=\"{UNSCHEDULED}\""),
        &w.t("report-legend-unscheduled"),
        room,
    );
    s.end()
}

/// The trend: mean wait as bars (left axis, minutes) and the share called
/// within the target as a line (right axis, per cent).
pub fn trend(w: &Words, r: &Report) -> String {
    let title = w.t(match r.trend.step {
        TrendStep::Day => "report-chart-trend-days",
        TrendStep::Week => "report-chart-trend-weeks",
    });
    let mut s = Svg::new(&title);
    let points = &r.trend.points;
    if points.iter().all(|p| !p.open) {
        s.none(&w.t("report-chart-nothing"));
        return s.end();
    }
    let (left, right, top, bottom) = (9.0, W - 9.0, 2.0, H - 9.0);
    let max = points
        .iter()
        .filter_map(|p| p.mean_wait)
        .fold(0.0, f64::max);
    let (ymax, steps) = ticks(max * 1.1);
    let y = |v: f64| bottom - (v / ymax).min(1.05) * (bottom - top);
    let ys = |v: f64| bottom - v.clamp(0.0, 1.0) * (bottom - top);
    for v in &steps {
        s.line(
            left,
            y(*v),
            right,
            y(*v),
            &format!("stroke=\"{GRID}\" stroke-width=\"0.15\""),
        );
        s.small(left - 0.8, y(*v) + 0.8, "end", &w.num(*v, 0), left - 1.0);
    }
    for v in [0.0, 0.5, 1.0] {
        s.small(
            right + 0.8,
            ys(v) + 0.8,
            "start",
            &w.value(&crate::report::tables::Value::Num(
                crate::report::Unit::Share,
                Some(v),
            )),
            W - right - 1.0,
        );
    }
    let n = points.len().max(1) as f64;
    let slot = (right - left) / n;
    let label_every = ((6.0 * CHAR * 0.85) / slot).ceil().max(1.0) as usize;
    let mut share = Vec::new();
    for (i, p) in points.iter().enumerate() {
        let x = left + slot * i as f64;
        if let Some(m) = p.mean_wait {
            s.rect(
                x + slot * 0.15,
                y(m),
                slot * 0.7,
                bottom - y(m),
                &format!("fill=\"{ACTUAL}\""),
            );
        }
        if !p.open {
            s.small(x + slot / 2.0, bottom - 0.8, "middle", "·", slot.max(1.5));
        }
        if let Some(v) = p.within_target {
            share.push((x + slot / 2.0, ys(v)));
        }
        if i % label_every == 0 {
            let label = w.day_month(p.from);
            s.small(
                x + slot / 2.0,
                bottom + 3.0,
                "middle",
                &label,
                slot * label_every as f64,
            );
        }
    }
    s.polyline(
        &share,
        &format!("stroke=\"{TARGET}\" stroke-width=\"0.35\""),
    );
    for (x, yv) in &share {
        s.dot(*x, *yv, TARGET);
    }
    s.line(
        left,
        bottom,
        right,
        bottom,
        &format!("stroke=\"{INK}\" stroke-width=\"0.2\""),
    );
    let ly = H - 1.5;
    let room = (W - 6.0) / 2.0 - 4.0;
    let lx = s.key(
        1.0,
        ly,
        &format!("fill=\"{ACTUAL}\""),
        &w.t("report-legend-mean-wait"),
        room,
    );
    s.key(
        lx,
        ly,
        &format!("fill=\"{TARGET}\""),
        &w.t("report-legend-within"),
        room,
    );
    s.end()
}

/// Unscheduled breaks by reason: how many and how many minutes.
pub fn reasons(w: &Words, r: &Report) -> String {
    let title = w.t("report-chart-reasons");
    let mut s = Svg::new(&title);
    let rows = &r.figures.unscheduled;
    if rows.iter().all(|x| x.count == 0) {
        s.none(&w.t("report-chart-no-unscheduled"));
        return s.end();
    }
    let label_room = 30.0;
    let value_room = 16.0;
    let (left, right, top, bottom) = (label_room + 1.0, W - value_room, 2.0, H - 3.0);
    let max = rows.iter().map(|x| x.minutes).fold(0.0, f64::max).max(1.0);
    let row_h = (bottom - top) / rows.len().max(1) as f64;
    for (i, row) in rows.iter().enumerate() {
        let y0 = top + row_h * i as f64;
        s.text(
            label_room,
            y0 + row_h * 0.5 + 0.8,
            "end",
            &w.reason(&row.reason),
            label_room - 0.5,
        );
        let len = row.minutes / max * (right - left);
        s.rect(
            left,
            y0 + row_h * 0.2,
            len,
            row_h * 0.6,
            &format!("fill=\"{UNSCHEDULED}\""),
        );
        let words = w.tr.f(
            "report-chart-reason-value",
            &[
                ("count", crate::i18n::Arg::Num(row.count as i64)),
                ("minutes", crate::i18n::Arg::Num(row.minutes.round() as i64)),
            ],
        );
        s.small(
            left + len + 0.8,
            y0 + row_h * 0.5 + 0.8,
            "start",
            &words,
            W - (left + len) - 1.5,
        );
    }
    s.end()
}
