//! The survey screen facing the customer: five large faces to touch, the
//! reason question, the thanks, and the four languages as buttons. The same
//! layout answers where to draw and which button a touch hit. Two sizes: a
//! counter monitor (large faces with their words) and a small tablet (40×12,
//! compact faces and the scale's ends in words).

use crate::feedback::rules::SURVEY_REASONS;
use crate::i18n::Lang;
use crate::tui::app::survey::{Phase, Survey, SurveyAction};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Each language by its own name, as a customer looks for it.
const ENDONYMS: [(Lang, &str, &str); 4] = [
    (Lang::En, "English", "EN"),
    (Lang::Hu, "Magyar", "HU"),
    (Lang::Ru, "Русский", "RU"),
    (Lang::Uk, "Українська", "UK"),
];

/// The large faces, very bad to very good: five rows of nine columns.
const FACES: [[&str; 5]; 5] = [
    [
        "╭───────╮",
        "│ ╲   ╱ │",
        "│ ●   ● │",
        "│ ╭───╮ │",
        "╰───────╯",
    ],
    [
        "╭───────╮",
        "│       │",
        "│ ●   ● │",
        "│  ╭─╮  │",
        "╰───────╯",
    ],
    [
        "╭───────╮",
        "│       │",
        "│ ●   ● │",
        "│ ───── │",
        "╰───────╯",
    ],
    [
        "╭───────╮",
        "│       │",
        "│ ●   ● │",
        "│  ╰─╯  │",
        "╰───────╯",
    ],
    [
        "╭───────╮",
        "│       │",
        "│ ◠   ◠ │",
        "│ ╰───╯ │",
        "╰───────╯",
    ],
];

/// The small faces: three rows of seven columns.
const SMALL_FACES: [[&str; 3]; 5] = [
    ["╭─────╮", "│>╭─╮<│", "╰─────╯"],
    ["╭─────╮", "│•╭─╮•│", "╰─────╯"],
    ["╭─────╮", "│•───•│", "╰─────╯"],
    ["╭─────╮", "│•╰─╯•│", "╰─────╯"],
    ["╭─────╮", "│^╰─╯^│", "╰─────╯"],
];

/// Where everything a customer can touch is, for a screen of this size.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Hits {
    pub faces: Vec<Rect>,
    pub reasons: Vec<Rect>,
    pub skip: Option<Rect>,
    pub langs: Vec<(Lang, Rect)>,
}

fn large(area: Rect) -> bool {
    area.width >= 72 && area.height >= 20
}

fn colour_of(score: usize) -> Color {
    match score {
        1 => Color::Red,
        2 => Color::LightRed,
        3 => Color::Yellow,
        4 => Color::LightGreen,
        _ => Color::Green,
    }
}

/// The places of the buttons on show.
pub fn hits(s: &Survey, area: Rect) -> Hits {
    let mut h = Hits::default();
    let big = large(area);
    // The languages: one row at the bottom, centred.
    let labels: Vec<(Lang, String)> = ENDONYMS
        .iter()
        .map(|(l, long, short)| (*l, format!(" {} ", if big { *long } else { *short })))
        .collect();
    let total: u16 = labels
        .iter()
        .map(|(_, t)| t.chars().count() as u16 + 1)
        .sum();
    let mut x = area.x + area.width.saturating_sub(total) / 2;
    let y = area.bottom().saturating_sub(1);
    for (l, t) in &labels {
        let w = t.chars().count() as u16;
        h.langs.push((
            *l,
            Rect::new(x, y, w.min(area.right().saturating_sub(x)), 1),
        ));
        x += w + 1;
    }
    match s.phase {
        Phase::Asking { .. } => {
            let (col, rows) = if big { (14, 7) } else { (8, 4) };
            let width = col * 5;
            let left = area.x + area.width.saturating_sub(width) / 2;
            let top = faces_top(area);
            for i in 0..5u16 {
                h.faces.push(Rect::new(left + i * col, top, col - 1, rows));
            }
        }
        Phase::Reason { .. } => {
            let top = area.y + if big { 5 } else { 2 };
            let n = SURVEY_REASONS.len() as u16;
            if big {
                // Two columns of three, each a wide target.
                let col = (area.width.saturating_sub(8) / 2).min(36);
                let left = area.x + area.width.saturating_sub(col * 2 + 2) / 2;
                for i in 0..n {
                    let (c, r) = (i / 3, i % 3);
                    h.reasons
                        .push(Rect::new(left + c * (col + 2), top + r * 2, col, 1));
                }
                h.skip = Some(Rect::new(left, top + 7, col, 1));
            } else {
                for i in 0..n {
                    h.reasons.push(Rect::new(
                        area.x + 1,
                        top + i,
                        area.width.saturating_sub(2),
                        1,
                    ));
                }
                h.skip = Some(Rect::new(
                    area.x + 1,
                    top + n,
                    area.width.saturating_sub(2),
                    1,
                ));
            }
        }
        _ => {}
    }
    h
}

fn faces_top(area: Rect) -> u16 {
    if large(area) {
        area.y + area.height.saturating_sub(7) / 2
    } else {
        area.y + 3
    }
}

/// The action under a touch or a click.
pub fn clicked(s: &Survey, area: Rect, column: u16, row: u16) -> Option<SurveyAction> {
    let p = ratatui::layout::Position::new(column, row);
    let h = hits(s, area);
    if let Some((l, _)) = h.langs.iter().find(|(_, r)| r.contains(p)) {
        return Some(SurveyAction::Lang(*l));
    }
    if let Some(i) = h.faces.iter().position(|r| r.contains(p)) {
        return u8::try_from(i + 1).ok().map(SurveyAction::Face);
    }
    if let Some(i) = h.reasons.iter().position(|r| r.contains(p)) {
        return Some(SurveyAction::Reason(i));
    }
    if h.skip.is_some_and(|r| r.contains(p)) {
        return Some(SurveyAction::Skip);
    }
    None
}

fn centred(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

pub fn render(s: &Survey, frame: &mut Frame) {
    render_in(s, frame, frame.area());
}

pub fn render_in(s: &Survey, frame: &mut Frame, area: Rect) {
    let tr = s.tr();
    let paint = |c: Color| {
        if s.colour {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let big = large(area);
    let h = hits(s, area);

    // The header: where the customer is, never who was here before.
    let place = crate::views::words::window_name(tr, s.window, &s.window_name);
    let header = if big {
        format!("{} · {place}", s.hall_name)
    } else {
        place
    };
    frame.render_widget(
        Paragraph::new(Span::styled(header, paint(Color::DarkGray))).alignment(Alignment::Center),
        Rect::new(area.x, area.y, area.width, 1),
    );

    match &s.phase {
        Phase::Idle => {
            let mid = area.y + area.height.saturating_sub(4) / 2;
            centred(
                frame,
                Rect::new(area.x + 1, mid, area.width.saturating_sub(2), 4),
                vec![
                    Line::from(Span::styled(tr.t("survey-welcome"), bold)),
                    Line::from(""),
                    Line::from(tr.t("survey-idle")),
                ],
            );
        }
        Phase::Asking { .. } => {
            let top = faces_top(area);
            let title_y = if big {
                top.saturating_sub(3)
            } else {
                area.y + 1
            };
            centred(
                frame,
                Rect::new(area.x, title_y, area.width, 2),
                vec![Line::from(Span::styled(tr.t("survey-question"), bold))],
            );
            for (i, r) in h.faces.iter().enumerate() {
                let score = i + 1;
                let style = paint(colour_of(score)).add_modifier(Modifier::BOLD);
                let mut lines: Vec<Line> = if big {
                    FACES[i]
                        .iter()
                        .map(|l| Line::from(Span::styled(*l, style)))
                        .collect()
                } else {
                    SMALL_FACES[i]
                        .iter()
                        .map(|l| Line::from(Span::styled(*l, style)))
                        .collect()
                };
                if big {
                    lines.push(Line::from(tr.t(&format!("survey-face-{score}"))));
                }
                lines.push(Line::from(Span::styled(format!("{score}"), bold)));
                frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), *r);
            }
            let below = h.faces.first().map_or(area.y, |r| r.bottom());
            let hint = if big {
                tr.t("survey-hint")
            } else {
                tr.t("survey-scale")
            };
            if below + 1 < area.bottom().saturating_sub(1) {
                centred(
                    frame,
                    Rect::new(area.x, below + 1, area.width, 1),
                    vec![Line::from(Span::styled(hint, paint(Color::DarkGray)))],
                );
            }
        }
        Phase::Reason { selected, .. } => {
            let title_rows = if big { 3 } else { 1 };
            centred(
                frame,
                Rect::new(area.x, area.y + 1, area.width, title_rows),
                if big {
                    vec![
                        Line::from(Span::styled(tr.t("survey-reason-question"), bold)),
                        Line::from(Span::styled(
                            tr.t("survey-optional"),
                            paint(Color::DarkGray),
                        )),
                    ]
                } else {
                    vec![Line::from(Span::styled(
                        tr.t("survey-reason-question"),
                        bold,
                    ))]
                },
            );
            for (i, (code, r)) in SURVEY_REASONS.iter().zip(&h.reasons).enumerate() {
                let style = if i == *selected {
                    Style::default().add_modifier(Modifier::REVERSED)
                } else {
                    Style::default()
                };
                let text = format!("{}  {}", i + 1, tr.t(&format!("survey-reason-{code}")));
                frame.render_widget(Paragraph::new(Span::styled(text, style)), *r);
            }
            if let Some(r) = h.skip {
                frame.render_widget(
                    Paragraph::new(Span::styled(
                        format!("0  {}", tr.t("survey-skip")),
                        paint(Color::DarkGray),
                    )),
                    r,
                );
            }
        }
        Phase::Thanks { failed, .. } => {
            let mid = area.y + area.height.saturating_sub(4) / 2;
            let lines = if *failed {
                vec![Line::from(Span::styled(tr.t("survey-not-saved"), bold))]
            } else {
                vec![
                    Line::from(Span::styled(tr.t("survey-thanks"), bold)),
                    Line::from(""),
                    Line::from(tr.t("survey-goodbye")),
                ]
            };
            centred(
                frame,
                Rect::new(area.x + 1, mid, area.width.saturating_sub(2), 4),
                lines,
            );
        }
    }

    // The languages, the one on show marked in reverse and with brackets.
    for ((l, r), (_, long, short)) in h.langs.iter().zip(ENDONYMS.iter()) {
        let name = if big { *long } else { *short };
        let (text, style) = if *l == s.lang {
            (
                format!("[{name}]"),
                Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            )
        } else {
            (format!(" {name} "), Style::default())
        };
        frame.render_widget(Paragraph::new(Span::styled(text, style)), *r);
    }
}
