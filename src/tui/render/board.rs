//! Draws the hall board: a pure function of the board's view, one language and
//! the frame's size. Big characters for the tickets called when there is room,
//! plain text when not; sections that do not fit give way in order of what a
//! customer needs least, and nothing is ever drawn outside the frame.

use super::font::{self, BigText};
use crate::i18n::{Arg, Lang, Tr};
use crate::views::board::{Announcement, BoardView, ComingBreak, WindowLine, WindowState};
use crate::views::waits::{ServiceWait, Wait};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// From this width the tickets called get their own column beside the rest.
const WIDE: u16 = 120;
/// Columns between two tickets in large print.
const GAP: u16 = 4;
/// The largest print the tickets are drawn at.
const MAX_SCALE: u16 = 4;

/// Styles of the board; every state is also in words, so without colour
/// nothing is lost.
#[derive(Copy, Clone)]
pub struct Look {
    pub colour: bool,
}

impl Look {
    fn fg(self, c: Color) -> Style {
        if self.colour {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    }
    fn title(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    fn warn(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
    fn ok(self) -> Style {
        self.fg(Color::Green)
    }
    fn ticket(self) -> Style {
        self.fg(Color::White).add_modifier(Modifier::BOLD)
    }
}

fn hhmm(t: &chrono::DateTime<chrono_tz::Tz>) -> String {
    t.format("%H:%M").to_string()
}

fn num(w: crate::domain::WindowId) -> Arg<'static> {
    Arg::Num(w.0.into())
}

/// A window's state in a sentence.
pub fn window_line(tr: &Tr, w: &WindowLine) -> String {
    let id = w.window;
    match &w.state {
        WindowState::Open => tr.f("board-window-open", &[("window", num(id))]),
        WindowState::Closed => tr.f("board-window-closed", &[("window", num(id))]),
        WindowState::Closing { at, other } => match (at, other) {
            (Some(at), Some(o)) => tr.f(
                "board-window-closing",
                &[
                    ("window", num(id)),
                    ("time", (&hhmm(at)).into()),
                    ("other", num(*o)),
                ],
            ),
            (Some(at), None) => tr.f(
                "board-window-closing-alone",
                &[("window", num(id)), ("time", (&hhmm(at)).into())],
            ),
            (None, Some(o)) => tr.f(
                "board-window-closing-now",
                &[("window", num(id)), ("other", num(*o))],
            ),
            (None, None) => tr.f("board-window-closing-now-alone", &[("window", num(id))]),
        },
        WindowState::OnBreak { until, reason } => match reason {
            Some(code) => tr.f(
                "board-window-closed-reason",
                &[
                    ("window", num(id)),
                    ("time", (&hhmm(until)).into()),
                    ("reason", (&tr.t(&format!("reason-{code}"))).into()),
                ],
            ),
            None => tr.f(
                "board-window-on-break",
                &[("window", num(id)), ("time", (&hhmm(until)).into())],
            ),
        },
        WindowState::BackShortly => tr.f("board-window-back-shortly", &[("window", num(id))]),
    }
}

/// The warning for the queue of a closing window, in full sentences.
pub fn announcement(tr: &Tr, a: &Announcement) -> String {
    let mut parts = vec![match &a.at {
        Some(at) => tr.f(
            "board-ann-closes-at",
            &[("window", num(a.window)), ("time", (&hhmm(at)).into())],
        ),
        None => tr.f("board-ann-closes-soon", &[("window", num(a.window))]),
    }];
    parts.push(match &a.cutoff {
        Some(c) => tr.f("board-ann-served-up-to", &[("cutoff", c.into())]),
        None => tr.t("board-ann-served-none"),
    });
    if let Some(o) = a.other {
        let key = if a.cutoff.is_some() {
            "board-ann-others-go-to"
        } else {
            "board-ann-go-to"
        };
        parts.push(tr.f(key, &[("other", num(o))]));
    }
    parts.push(tr.f(
        "board-ann-back-at",
        &[("window", num(a.window)), ("time", (&hhmm(&a.back)).into())],
    ));
    parts.join(" ")
}

pub fn wait_text(tr: &Tr, w: &Wait) -> String {
    match w {
        Wait::Now => tr.t("board-wait-now"),
        Wait::Range { low: 0, high } => tr.f("board-wait-up-to", &[("high", Arg::Num(*high))]),
        Wait::Range { low, high } => tr.f(
            "board-wait-range",
            &[("low", Arg::Num(*low)), ("high", Arg::Num(*high))],
        ),
        Wait::TooLittleData => tr.t("board-wait-unknown"),
        Wait::NoWindow => tr.t("board-wait-no-window"),
    }
}

fn service_line(tr: &Tr, s: &ServiceWait) -> String {
    format!(
        "{}  {} · {} · {}",
        s.code,
        crate::text::clean(&s.name),
        tr.f("board-people-waiting", &[("count", s.waiting.into())]),
        wait_text(tr, &s.wait)
    )
}

fn break_line(tr: &Tr, b: &ComingBreak) -> String {
    let mut line = tr.f(
        "board-break",
        &[
            ("window", num(b.window)),
            ("start", (&hhmm(&b.start)).into()),
            ("end", (&hhmm(&b.end)).into()),
        ],
    );
    if let Some((s, e)) = &b.was {
        line.push(' ');
        line.push_str(&tr.f(
            "board-break-moved",
            &[("start", (&hhmm(s)).into()), ("end", (&hhmm(e)).into())],
        ));
    }
    line
}

/// Each language's own name, for the line that shows which one is on.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Hu => "Magyar",
        Lang::Ru => "Русский",
        Lang::Uk => "Українська",
    }
}

fn text_width(s: &str) -> usize {
    Span::raw(s).width()
}

/// Greedy word wrap to `width` columns; a word longer than a line is split.
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        loop {
            let need = if line.is_empty() { 0 } else { 1 } + text_width(&word);
            if text_width(&line) + need <= width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word wider than the line: as much as fits, then the rest.
            let head: String = word.chars().take(width).collect();
            let rest: String = word.chars().skip(width).collect();
            lines.push(head);
            word = rest;
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Whole units ("A030 → window 3") on lines of `width`, `SEP` apart; only a
/// unit wider than a line is broken.
fn pack(units: &[String], width: u16) -> Vec<String> {
    const SEP: &str = "   ";
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for unit in units {
        let need = text_width(unit) + if line.is_empty() { 0 } else { SEP.len() };
        if !line.is_empty() && text_width(&line) + need > usize::from(width) {
            lines.push(std::mem::take(&mut line));
        }
        if text_width(unit) > usize::from(width) {
            lines.extend(wrap(unit, width));
            continue;
        }
        if !line.is_empty() {
            line.push_str(SEP);
        }
        line.push_str(unit);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A titled section: a rule with the title, then its lines.
struct Section {
    title: String,
    lines: Vec<Line<'static>>,
}

impl Section {
    fn new(title: String, texts: Vec<(String, Style)>, width: u16) -> Section {
        let lines = texts
            .into_iter()
            .flat_map(|(t, style)| {
                wrap(&t, width)
                    .into_iter()
                    .map(move |l| Line::from(Span::styled(l, style)))
            })
            .collect();
        Section { title, lines }
    }

    fn height(&self) -> u16 {
        1 + self.lines.len() as u16
    }

    fn draw(self, frame: &mut Frame, area: Rect, look: Look) {
        if area.height == 0 {
            return;
        }
        let block = Block::default()
            .borders(Borders::TOP)
            .title(Span::styled(format!(" {} ", self.title), look.title()));
        frame.render_widget(Paragraph::new(self.lines).block(block), area);
    }
}

/// One ticket called, as the board prints it large: "A030>3".
fn big_label(c: &crate::views::board::Called) -> String {
    format!("{}>{}", c.ticket, c.window.0)
}

fn plain_label(tr: &Tr, c: &crate::views::board::Called) -> String {
    tr.f(
        "board-called",
        &[("ticket", (&c.ticket).into()), ("window", num(c.window))],
    )
}

/// How the tickets called are laid out in an area.
struct Called {
    scale: u16,
    per_row: u16,
    big_rows: u16,
    /// Called tickets shown large; the rest are listed in plain text below.
    big: usize,
    rest: Vec<String>,
}

impl Called {
    /// The largest print at which all tickets fit in `width` × `height` (title
    /// row excluded), with at most `max_rows` rows of large print; `None` when
    /// not even one fits large.
    fn plan(view: &BoardView, tr: &Tr, width: u16, height: u16, max_rows: u16) -> Option<Called> {
        let labels: Vec<String> = view.called.iter().map(big_label).collect();
        if labels.is_empty() || !labels.iter().all(|l| font::supports(l)) {
            return None;
        }
        let n = labels.len() as u16;
        let widest = |s: u16| labels.iter().map(|l| font::width(l, s)).max().unwrap_or(0);
        let layout = |s: u16| {
            let per_row = (width + GAP) / (widest(s) + GAP);
            let rows_fit = (height + 1) / (font::height(s) + 1);
            (per_row, rows_fit.min(max_rows))
        };
        let plain = |shown: usize| -> Vec<String> {
            view.called[shown..]
                .iter()
                .map(|c| plain_label(tr, c))
                .collect()
        };
        for s in (1..=MAX_SCALE).rev() {
            let (per_row, rows) = layout(s);
            if per_row > 0 && rows > 0 && per_row * rows >= n {
                return Some(Called {
                    scale: s,
                    per_row,
                    big_rows: n.div_ceil(per_row),
                    big: labels.len(),
                    rest: vec![],
                });
            }
        }
        let (per_row, rows) = layout(1);
        if per_row == 0 || rows == 0 {
            return None;
        }
        // Not all fit large: the latest large, the others on a line below.
        let rows = rows.saturating_sub(1).max(1);
        let big = usize::from(per_row * rows).min(labels.len());
        Some(Called {
            scale: 1,
            per_row,
            big_rows: rows,
            big,
            rest: plain(big),
        })
    }

    fn height(&self, width: u16) -> u16 {
        let rest = pack(&self.rest, width).len() as u16;
        1 + self.big_rows * (font::height(self.scale) + 1) - 1 + rest
    }
}

fn draw_called_big(
    frame: &mut Frame,
    area: Rect,
    view: &BoardView,
    plan: &Called,
    title: String,
    look: Look,
) {
    Section {
        title,
        lines: vec![],
    }
    .draw(
        frame,
        Rect {
            height: area.height.min(1),
            ..area
        },
        look,
    );
    let gh = font::height(plan.scale);
    let labels: Vec<String> = view.called.iter().take(plan.big).map(big_label).collect();
    let mut y = area.y + 1;
    for row in labels.chunks(usize::from(plan.per_row.max(1))) {
        if y >= area.bottom() {
            break;
        }
        let widths: Vec<u16> = row.iter().map(|l| font::width(l, plan.scale)).collect();
        let total: u16 = widths.iter().sum::<u16>() + GAP * (row.len() as u16 - 1);
        let mut x = area.x + area.width.saturating_sub(total) / 2;
        for (label, w) in row.iter().zip(widths) {
            let cell = Rect::new(x, y, w, gh).intersection(area);
            frame.render_widget(
                BigText {
                    text: label,
                    scale: plan.scale,
                    style: look.ticket(),
                },
                cell,
            );
            x = x.saturating_add(w + GAP);
        }
        y = y.saturating_add(gh + 1);
    }
    if !plan.rest.is_empty() {
        let y = (area.y + 1 + plan.big_rows * (gh + 1)).saturating_sub(1);
        if y < area.bottom() {
            let rest = Rect::new(area.x, y, area.width, area.bottom() - y);
            let lines: Vec<Line> = pack(&plan.rest, area.width)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, look.title())))
                .collect();
            frame.render_widget(Paragraph::new(lines), rest);
        }
    }
}

/// The tickets called in plain text, for when large print does not fit.
fn called_section(view: &BoardView, tr: &Tr, width: u16, look: Look) -> Section {
    if view.called.is_empty() {
        let text = (tr.t("board-nobody-called"), Style::default());
        return Section::new(tr.t("board-now-serving"), vec![text], width);
    }
    let labels: Vec<String> = view.called.iter().map(|c| plain_label(tr, c)).collect();
    Section {
        title: tr.t("board-now-serving"),
        lines: pack(&labels, width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, look.ticket())))
            .collect(),
    }
}

/// The sections in the order they are given room when the screen is short.
struct Parts {
    header: Line<'static>,
    announcements: Vec<Line<'static>>,
    called_title: String,
    windows: Section,
    waits: Section,
    breaks: Section,
    notice: Vec<Line<'static>>,
    footer: Line<'static>,
}

fn parts(view: &BoardView, tr: &Tr, langs: &[Lang], width: u16, side: u16, look: Look) -> Parts {
    let mut title = view.hall.clone();
    if view.demo {
        title = format!("{title} · {}", tr.t("demo-mark"));
    }
    let clock = hhmm(&view.now);
    let room = usize::from(width).saturating_sub(text_width(&clock) + 1);
    let title: String = if text_width(&title) > room {
        crate::text::cut_at_word(&title, room)
    } else {
        title
    };
    let pad = usize::from(width).saturating_sub(text_width(&title) + text_width(&clock));
    let header = Line::from(vec![
        Span::styled(title, look.title()),
        Span::raw(" ".repeat(pad)),
        Span::styled(clock, look.title()),
    ]);
    let announcements = view
        .announcements
        .iter()
        .flat_map(|a| wrap(&format!("! {}", announcement(tr, a)), width))
        .map(|l| Line::from(Span::styled(l, look.warn())))
        .collect();
    let windows = view
        .windows
        .iter()
        .map(|w| {
            let style = match w.state {
                WindowState::Open => look.ok(),
                WindowState::Closing { .. } | WindowState::BackShortly => look.warn(),
                _ => Style::default(),
            };
            (window_line(tr, w), style)
        })
        .collect();
    let waits = view
        .waits
        .iter()
        .map(|s| (service_line(tr, s), Style::default()))
        .collect();
    let breaks = if view.breaks.is_empty() {
        vec![(tr.t("board-no-breaks"), Style::default())]
    } else {
        view.breaks
            .iter()
            .map(|b| (break_line(tr, b), Style::default()))
            .collect()
    };
    let mut notice: Vec<Line<'static>> = if view.notice_out_of_date {
        wrap(&tr.t("board-notice-out-of-date"), side)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, look.warn())))
            .collect()
    } else {
        vec![]
    };
    notice.extend(
        view.note
            .iter()
            .flat_map(|n| wrap(n, side))
            .map(|l| Line::from(Span::styled(l, Style::default()))),
    );
    let footer = Line::from(
        langs
            .iter()
            .enumerate()
            .flat_map(|(i, l)| {
                let style = if *l == tr.lang() {
                    look.title().add_modifier(Modifier::REVERSED)
                } else {
                    Style::default()
                };
                let sep = (i > 0).then(|| Span::raw(" · "));
                sep.into_iter()
                    .chain([Span::styled(format!(" {} ", endonym(*l)), style)])
            })
            .collect::<Vec<_>>(),
    );
    Parts {
        header,
        announcements,
        called_title: tr.t("board-now-serving"),
        windows: Section::new(tr.t("board-windows"), windows, side),
        waits: Section::new(tr.t("board-waits"), waits, side),
        breaks: Section::new(tr.t("board-breaks-today"), breaks, side),
        notice,
        footer,
    }
}

/// Hands out `height` rows to parts wanting `wants`, in order; a titled part
/// that would get its title alone gets nothing.
fn allot(height: u16, wants: &[(u16, bool)]) -> Vec<u16> {
    let mut left = height;
    wants
        .iter()
        .map(|(want, titled)| {
            let mut give = (*want).min(left);
            if *titled && give < 2 {
                give = 0;
            }
            left -= give;
            give
        })
        .collect()
}

/// Draws the board in `tr`'s language; `langs` are the languages it rotates
/// through, named along the bottom with the current one marked.
pub fn render(view: &BoardView, tr: &Tr, langs: &[Lang], look: Look, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let wide = area.width >= WIDE && area.height >= 16;
    let side = if wide {
        area.width - area.width * 9 / 20 - 2
    } else {
        area.width
    };
    let p = parts(view, tr, langs, area.width, side, look);
    let footer_rows = u16::from(langs.len() > 1);
    let ann = p.announcements.len() as u16;

    let mut y = area.y;
    let rows = |h: u16, y: &mut u16| {
        let r = Rect::new(
            area.x,
            *y,
            area.width,
            h.min(area.bottom().saturating_sub(*y)),
        );
        *y = y.saturating_add(r.height);
        r
    };
    let head = rows(1, &mut y);
    frame.render_widget(Paragraph::new(p.header), head);
    let ann_area = rows(ann, &mut y);
    frame.render_widget(Paragraph::new(p.announcements), ann_area);
    let body_bottom = area.bottom().saturating_sub(footer_rows);
    let body = Rect::new(area.x, y, area.width, body_bottom.saturating_sub(y));
    if body_bottom < area.bottom() && body_bottom >= y {
        let foot = Rect::new(area.x, body_bottom, area.width, 1);
        frame.render_widget(Paragraph::new(p.footer), foot);
    }
    if body.height == 0 {
        return;
    }

    let notice_h = p.notice.len() as u16;
    if wide {
        let left_w = area.width * 9 / 20;
        let left = Rect::new(body.x, body.y, left_w, body.height);
        let right = Rect::new(body.x + left_w + 2, body.y, side, body.height);
        match Called::plan(
            view,
            tr,
            left.width,
            left.height.saturating_sub(1),
            u16::MAX,
        ) {
            Some(plan) => draw_called_big(frame, left, view, &plan, p.called_title, look),
            None => called_section(view, tr, left.width, look).draw(frame, left, look),
        }
        let wants = [
            (p.windows.height(), true),
            (p.waits.height(), true),
            (p.breaks.height(), true),
            (notice_h, false),
        ];
        let given = allot(right.height, &wants);
        let mut y = right.y;
        let mut place = |h: u16| {
            let r = Rect::new(right.x, y, right.width, h);
            y += h;
            r
        };
        p.windows.draw(frame, place(given[0]), look);
        p.waits.draw(frame, place(given[1]), look);
        p.breaks.draw(frame, place(given[2]), look);
        frame.render_widget(Paragraph::new(p.notice), place(given[3]));
        return;
    }

    // One column: large print for the latest tickets only if the windows and
    // the waits still fit whole.
    let must = p.windows.height() + p.waits.height();
    let big = Called::plan(
        view,
        tr,
        body.width,
        body.height.saturating_sub(1 + must),
        1,
    )
    .filter(|plan| plan.height(body.width) + must <= body.height);
    let plain = called_section(view, tr, body.width, look);
    let called_h = big
        .as_ref()
        .map_or(plain.height(), |plan| plan.height(body.width));
    let wants = [
        (called_h, true),
        (p.windows.height(), true),
        (p.waits.height(), true),
        (p.breaks.height(), true),
        (notice_h, false),
    ];
    let given = allot(body.height, &wants);
    let mut y = body.y;
    let mut place = |h: u16| {
        let r = Rect::new(body.x, y, body.width, h);
        y += h;
        r
    };
    let called_area = place(given[0]);
    match &big {
        Some(plan) => draw_called_big(frame, called_area, view, plan, p.called_title, look),
        None => plain.draw(frame, called_area, look),
    }
    p.windows.draw(frame, place(given[1]), look);
    p.waits.draw(frame, place(given[2]), look);
    p.breaks.draw(frame, place(given[3]), look);
    frame.render_widget(Paragraph::new(p.notice), place(given[4]));
}
