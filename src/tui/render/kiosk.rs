//! Draws the ticket dispenser: a large button per service (its code in the
//! board's big lettering where it fits, its name, the people waiting, the
//! wait, and what a break or the day's end means for a ticket), the language
//! buttons along the bottom, and a ticket just issued shown large. One layout
//! answers both where things are drawn and what a touch at a place hits.

use super::board::{endonym, wrap};
use super::font::{self, BigText};
use crate::tui::app::kiosk::{Kiosk, KioskAction, Paper};
use crate::views::kiosk::{OfferState, offer_lines, slip_text};
use ratatui::Frame;
use ratatui::layout::{Alignment, Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// The tallest button: more height helps nobody find the service.
const MAX_BUTTON: u16 = 18;
/// The largest print of a service's code on its button.
const MAX_CODE_SCALE: u16 = 3;
/// The largest print of a ticket's number.
const MAX_TICKET_SCALE: u16 = 4;
/// Rows for a refusal, an error or the printer's state, above the languages;
/// a longer one covers the bottom of the buttons while it shows.
const MESSAGE_ROWS: u16 = 1;
const MESSAGE_MAX_ROWS: u16 = 3;

/// Styles; every state is in words as well, so nothing needs colour.
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
    fn bold(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    fn off(self) -> Style {
        self.fg(Color::DarkGray)
    }
    fn warn(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
    fn ticket(self) -> Style {
        self.fg(Color::White).add_modifier(Modifier::BOLD)
    }
}

/// Where everything is on a screen of a given size.
#[derive(Clone, Debug, PartialEq)]
pub struct Places {
    pub header: Rect,
    pub hint: Rect,
    /// One per service, in the order of the offers.
    pub buttons: Vec<Rect>,
    pub message: Rect,
    /// One per language.
    pub langs: Vec<Rect>,
    /// Where a ticket just issued is shown: over the buttons.
    pub ticket: Rect,
}

pub fn places(kiosk: &Kiosk, area: Rect) -> Places {
    let row = |y: u16, h: u16| {
        let y = y.min(area.bottom());
        Rect::new(area.x, y, area.width, h.min(area.bottom() - y))
    };
    let header = row(area.y, 1);
    let hint = row(area.y + 1, 1);
    let lang_rows = if kiosk.langs.len() > 1 { 3 } else { 0 };
    let langs_y = area.bottom().saturating_sub(lang_rows);
    let message = row(langs_y.saturating_sub(MESSAGE_ROWS), MESSAGE_ROWS);
    let top = (area.y + 2).min(message.y);
    let body = Rect::new(area.x, top, area.width, message.y - top);
    let n = kiosk.view.offers.len() as u16;
    let each = body.height.checked_div(n).unwrap_or(0).min(MAX_BUTTON);
    let buttons = (0..n)
        .map(|i| {
            let y = body.y + i * each;
            Rect::new(
                body.x,
                y,
                body.width,
                each.min(body.bottom().saturating_sub(y)),
            )
        })
        .collect();
    let count = kiosk.langs.len() as u16;
    let langs = if lang_rows == 0 {
        vec![]
    } else {
        let w = area.width / count.max(1);
        (0..count)
            .map(|i| {
                let x = area.x + i * w;
                let width = if i + 1 == count { area.right() - x } else { w };
                Rect::new(x, langs_y, width, lang_rows.min(area.bottom() - langs_y))
            })
            .collect()
    };
    Places {
        header,
        hint,
        buttons,
        message,
        langs,
        ticket: Rect::new(area.x, hint.y, area.width, message.y.saturating_sub(hint.y)),
    }
}

/// What a touch at (`column`, `row`) does.
pub fn clicked(kiosk: &Kiosk, area: Rect, column: u16, row: u16) -> Option<KioskAction> {
    let p = places(kiosk, area);
    let at = Position::new(column, row);
    if let Some(i) = p.langs.iter().position(|r| r.contains(at)) {
        return Some(KioskAction::Lang(i));
    }
    if kiosk.shown.is_some() {
        return p.ticket.contains(at).then_some(KioskAction::Dismiss);
    }
    p.buttons
        .iter()
        .position(|r| r.height > 0 && r.contains(at))
        .map(KioskAction::Press)
}

fn hhmm(t: &chrono::DateTime<chrono_tz::Tz>) -> String {
    t.format("%H:%M").to_string()
}

pub fn render(kiosk: &Kiosk, look: Look, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let tr = kiosk.tr();
    let p = places(kiosk, area);
    let view = &kiosk.view;

    let mut title = view.hall.clone();
    if view.demo {
        title = format!("{title} · {}", tr.t("demo-mark"));
    }
    let clock = hhmm(&view.now);
    let room = usize::from(area.width).saturating_sub(clock.len() + 1);
    let title: String = title.chars().take(room).collect();
    let pad = usize::from(area.width).saturating_sub(Span::raw(&title).width() + clock.len());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(title, look.bold()),
            Span::raw(" ".repeat(pad)),
            Span::styled(clock, look.bold()),
        ])),
        p.header,
    );
    frame.render_widget(Paragraph::new(tr.t("kiosk-touch")), p.hint);

    for (offer, rect) in view.offers.iter().zip(&p.buttons) {
        draw_button(frame, *rect, offer, kiosk, look);
    }

    let mut notes: Vec<Line> = Vec::new();
    if let Some((text, _)) = &kiosk.message {
        notes.extend(
            wrap(text, p.message.width)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, look.warn()))),
        );
    } else if kiosk.printer_fault.is_some() {
        notes.extend(
            wrap(&tr.t("kiosk-printer-off"), p.message.width)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, look.warn()))),
        );
    }
    if !notes.is_empty() {
        let rows = (notes.len() as u16).clamp(MESSAGE_ROWS, MESSAGE_MAX_ROWS);
        let y = p.message.bottom().saturating_sub(rows).max(p.hint.bottom());
        let r = Rect::new(p.message.x, y, p.message.width, p.message.bottom() - y);
        frame.render_widget(Clear, r);
        frame.render_widget(Paragraph::new(notes), r);
    }

    for (i, (lang, rect)) in kiosk.langs.iter().zip(&p.langs).enumerate() {
        let style = if i == kiosk.lang {
            look.bold().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        frame.render_widget(
            Paragraph::new(Span::styled(endonym(*lang), style))
                .alignment(Alignment::Center)
                .block(Block::default().borders(Borders::ALL).border_style(style)),
            *rect,
        );
    }

    if kiosk.shown.is_some() {
        draw_ticket(frame, p.ticket, kiosk, look);
    }
}

fn draw_button(
    frame: &mut Frame,
    rect: Rect,
    offer: &crate::views::kiosk::Offer,
    kiosk: &Kiosk,
    look: Look,
) {
    if rect.height == 0 {
        return;
    }
    let tr = kiosk.tr();
    let style = if offer.issues() {
        Style::default()
    } else {
        look.off()
    };
    let name = offer.name.clone();
    let lines = offer_lines(tr, offer);
    let line_style = |i: usize| match (&offer.state, i) {
        (OfferState::Open { notice: Some(_) }, 1) | (OfferState::Away { .. }, 0 | 1) => look.warn(),
        (OfferState::NoMoreToday { .. }, 0) => look.warn(),
        _ => style,
    };
    if rect.height < 3 {
        // No room for a box: one line per service.
        let text = format!("[{}] {} · {}", offer.code, name, lines.join(" · "));
        frame.render_widget(
            Paragraph::new(Span::styled(text, style)),
            Rect { height: 1, ..rect },
        );
        return;
    }
    let block = Block::default().borders(Borders::ALL).border_style(style);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let code = offer.code.0.as_str();
    let scale = (1..=MAX_CODE_SCALE).rev().find(|s| {
        font::supports(code)
            && font::height(*s) <= inner.height
            && font::width(code, *s) <= inner.width / 4
    });
    let text_area = match scale {
        Some(s) => {
            let w = font::width(code, s);
            let gh = font::height(s);
            let y = inner.y + (inner.height - gh) / 2;
            frame.render_widget(
                BigText {
                    text: code,
                    scale: s,
                    style: look.ticket().patch(style),
                },
                Rect::new(inner.x + 1, y, w, gh),
            );
            let x = inner.x + 1 + w + 2;
            Rect::new(x, inner.y, inner.right().saturating_sub(x), inner.height)
        }
        None => inner,
    };
    let mut out: Vec<Line> = Vec::new();
    let head = if scale.is_some() {
        name
    } else {
        format!("{}  {}", offer.code, name)
    };
    out.extend(
        wrap(&head, text_area.width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, look.bold().patch(style)))),
    );
    for (i, l) in lines.iter().enumerate() {
        out.extend(
            wrap(l, text_area.width)
                .into_iter()
                .map(|w| Line::from(Span::styled(w, line_style(i)))),
        );
    }
    // Centred in the height when there is room to spare.
    let spare = text_area.height.saturating_sub(out.len() as u16);
    let area = Rect {
        y: text_area.y + spare / 2,
        height: text_area.height - spare / 2,
        ..text_area
    };
    frame.render_widget(Paragraph::new(out), area);
}

fn draw_ticket(frame: &mut Frame, area: Rect, kiosk: &Kiosk, look: Look) {
    let Some(shown) = &kiosk.shown else {
        return;
    };
    let tr = kiosk.ticket_tr();
    let text = slip_text(tr, &shown.slip);
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(look.bold())
        .title(Span::styled(
            format!(" {} ", tr.t("kiosk-your-ticket")),
            look.bold(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let mut below: Vec<(String, Style)> = vec![
        (text.service.clone(), look.bold()),
        (text.issued.clone(), Style::default()),
        (text.ahead.clone(), Style::default()),
        (text.estimate.clone(), Style::default()),
    ];
    if let Some(n) = &text.notice {
        below.push((n.clone(), look.warn()));
    }
    match &kiosk.paper {
        Paper::None => {}
        Paper::Printing => below.push((tr.t("kiosk-printing"), Style::default())),
        Paper::Printed => below.push((tr.t("kiosk-take-ticket"), Style::default())),
        Paper::Failed(_) => below.push((tr.t("kiosk-printer-off"), look.warn())),
    }
    let lines: Vec<Line> = below
        .iter()
        .flat_map(|(t, s)| {
            wrap(t, inner.width)
                .into_iter()
                .map(move |l| Line::from(Span::styled(l, *s)))
        })
        .collect();
    let text_rows = lines.len() as u16;
    let label = shown.slip.label.as_str();
    let room = inner.height.saturating_sub(text_rows + 1);
    let scale = (1..=MAX_TICKET_SCALE).rev().find(|s| {
        font::supports(label) && font::height(*s) <= room && font::width(label, *s) <= inner.width
    });
    let label_rows = match scale {
        Some(s) => {
            let w = font::width(label, s);
            let x = inner.x + (inner.width - w) / 2;
            frame.render_widget(
                BigText {
                    text: label,
                    scale: s,
                    style: look.ticket(),
                },
                Rect::new(x, inner.y, w, font::height(s)),
            );
            font::height(s) + 1
        }
        None => {
            frame.render_widget(
                Paragraph::new(Span::styled(label.to_string(), look.ticket()))
                    .alignment(Alignment::Center),
                Rect { height: 1, ..inner },
            );
            2
        }
    };
    let y = inner.y + label_rows.min(inner.height);
    frame.render_widget(
        Paragraph::new(lines).alignment(Alignment::Center),
        Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y)),
    );
}
