//! The cashier's counter: the customer at the window, the line, the coming break,
//! the warning that cannot be missed, the words to say, and the action buttons.

use super::{Theme, text};
use crate::app::{Action, App, COUNTER_BUTTONS};
use crate::phrases::{PhraseArgs, PhraseKey, Situation};
use crate::view::{CounterView, PhaseView};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// One clickable button of the footer.
#[derive(Clone, Debug, PartialEq)]
pub struct Button {
    pub area: Rect,
    pub label: String,
    pub action: Action,
}

/// Lays the footer's buttons out left to right, wrapping to more rows when the
/// screen is narrow. Rendering and mouse clicks both use this one layout.
pub fn buttons(app: &App, area: Rect) -> Vec<Button> {
    let mut out = Vec::new();
    let (mut x, mut y) = (area.x, area.y);
    for (key, msg, action) in COUNTER_BUTTONS {
        let label = format!("[{key}] {}", app.tr.t(msg));
        let w = label.chars().count() as u16;
        if x > area.x && x + w > area.right() {
            x = area.x;
            y += 1;
        }
        if y >= area.bottom() {
            break;
        }
        out.push(Button {
            area: Rect::new(x, y, w.min(area.width), 1),
            label,
            action,
        });
        x += w + 2;
    }
    out
}

/// How many rows the buttons need at this width.
fn button_rows(app: &App, width: u16) -> u16 {
    let probe = Rect::new(0, 0, width, 10);
    buttons(app, probe)
        .last()
        .map_or(1, |b| b.area.y + 1)
        .min(3)
}

/// The footer's place on a screen of this size: the same answer for drawing and
/// for mouse clicks.
pub fn footer_area(app: &App, area: Rect) -> Rect {
    let rows = button_rows(app, area.width);
    Rect::new(area.x, area.bottom().saturating_sub(rows), area.width, rows)
}

fn mmss(seconds: i64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

fn hhmm(t: &chrono::DateTime<chrono_tz::Tz>) -> String {
    t.format("%H:%M").to_string()
}

/// What fills the phrases' placeholders for this window now.
pub fn phrase_args(c: &CounterView, key: PhraseKey) -> PhraseArgs {
    let b = c.next_break.as_ref();
    let minutes = match key {
        PhraseKey::Unscheduled | PhraseKey::UnscheduledAlone => {
            b.map_or(0, |b| (b.end - b.start).num_minutes())
        }
        PhraseKey::Overrun => c.overrun_minutes,
        _ => c.minutes_to_break.unwrap_or(0).max(0),
    };
    let ticket = match key {
        PhraseKey::ClosingLast => c.serving.clone(),
        _ => c.first_past_cutoff.clone().or_else(|| c.serving.clone()),
    };
    PhraseArgs {
        window: c.window.0,
        other: c.other_window.map(|w| w.0),
        time: b.map(|b| hhmm(&b.start)).unwrap_or_default(),
        back: b.map(|b| hhmm(&b.end)).unwrap_or_default(),
        minutes,
        cutoff: c
            .cutoff
            .clone()
            .or_else(|| c.serving.clone())
            .unwrap_or_default(),
        ticket: ticket.unwrap_or_default(),
        reason: b.and_then(|b| b.unscheduled.clone()).unwrap_or_default(),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(c) = &app.counter else {
        return;
    };
    let tr = &app.tr;
    let theme = Theme::of(app);
    let footer = footer_area(app, area);
    let body = Rect::new(area.x, area.y, area.width, area.height - footer.height);

    let banner = banner(app, c);
    let banner_rows = banner.as_ref().map_or(0, |(t, _)| {
        (t.chars().count() as u16)
            .div_ceil(area.width.max(1))
            .clamp(1, 3)
    });
    let flash_rows = app.flash.as_ref().map_or(0, |f| {
        (f.text.chars().count() as u16)
            .div_ceil(area.width.max(1))
            .clamp(1, 2)
    });
    let [head, banner_area, top, status, flash_area, phrases] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(banner_rows),
        Constraint::Length(5),
        Constraint::Length(2),
        Constraint::Length(flash_rows),
        Constraint::Min(0),
    ])
    .areas(body);

    // Header: which window, who, the hall and the clock.
    let mut title = text::window_name(tr, c.window, &c.name);
    if let Some(s) = &c.staff {
        title.push_str(&format!(" · {s}"));
    }
    let hall = if c.demo {
        format!("{} · {}", c.hall, tr.t("demo-mark"))
    } else {
        c.hall.clone()
    };
    let clock = c.now.format("%H:%M").to_string();
    let [left, mid, right] = Layout::horizontal([
        Constraint::Length(title.chars().count() as u16 + 2),
        Constraint::Min(0),
        Constraint::Length(6),
    ])
    .areas(head);
    frame.render_widget(Paragraph::new(Span::styled(title, theme.bold())), left);
    frame.render_widget(Paragraph::new(Span::styled(hall, theme.dim())), mid);
    frame.render_widget(Paragraph::new(Span::styled(clock, theme.bold())), right);

    if let Some((text, style)) = banner {
        frame.render_widget(
            Paragraph::new(Span::styled(text, style)).wrap(Wrap { trim: true }),
            banner_area,
        );
    }

    // The customer at the window, and the line.
    let [now_box, line_box] =
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(top);
    let serving = match (&c.serving, c.serving_seconds) {
        (Some(t), Some(s)) => vec![
            Line::from(Span::styled(
                t.clone(),
                theme.bold().add_modifier(Modifier::REVERSED),
            )),
            Line::from(tr.f("counter-serving-for", &[("time", (&mmss(s)).into())])),
        ],
        _ => vec![Line::from(tr.t("counter-nobody"))],
    };
    frame.render_widget(
        Paragraph::new(serving)
            .block(Block::bordered().title(format!(" {} ", tr.t("counter-at-window")))),
        now_box,
    );
    let mut line_text = vec![Line::from(match c.oldest_wait_minutes {
        Some(m) if c.queue > 0 => tr.f(
            "counter-line",
            &[
                ("count", c.queue.into()),
                ("minutes", crate::i18n::Arg::Num(m)),
            ],
        ),
        _ => tr.t("counter-line-empty"),
    })];
    let mut spans = vec![];
    for (label, past) in &c.next_in_line {
        let style = if *past {
            theme.dim().add_modifier(Modifier::CROSSED_OUT)
        } else {
            Style::default()
        };
        let shown = if *past {
            format!("{label}→")
        } else {
            label.clone()
        };
        spans.push(Span::styled(shown, style));
        spans.push(Span::raw(" "));
    }
    if c.queue > c.next_in_line.len() {
        spans.push(Span::raw(format!("+{}", c.queue - c.next_in_line.len())));
    }
    line_text.push(Line::from(spans));
    frame.render_widget(
        Paragraph::new(line_text)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(format!(" {} ", tr.t("counter-the-line")))),
        line_box,
    );

    // The window's state and its coming break.
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{}: ", tr.t("col-state")), theme.bold()),
        Span::raw(text::phase(tr, &c.phase)),
    ])];
    lines.push(Line::from(break_line(app, c)));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), status);

    if let Some(f) = &app.flash {
        let style = if f.refused { theme.alert() } else { theme.ok() };
        frame.render_widget(
            Paragraph::new(Span::styled(f.text.clone(), style)).wrap(Wrap { trim: true }),
            flash_area,
        );
    }

    render_phrases(app, c, frame, phrases);

    for b in buttons(app, footer) {
        frame.render_widget(Paragraph::new(Span::styled(b.label, theme.dim())), b.area);
    }
}

/// The line about the next break: when, how far off, and where it stands.
fn break_line(app: &App, c: &CounterView) -> String {
    let tr = &app.tr;
    let Some(b) = &c.next_break else {
        return tr.t("counter-no-break");
    };
    let mut s = tr.f(
        "counter-next-break",
        &[
            ("start", (&hhmm(&b.start)).into()),
            ("end", (&hhmm(&b.end)).into()),
        ],
    );
    if let Some(m) = c.minutes_to_break.filter(|m| *m > 0) {
        s.push_str(&format!(
            " ({})",
            tr.f(
                "counter-in-minutes",
                &[("minutes", crate::i18n::Arg::Num(m))]
            )
        ));
    }
    s.push_str(" · ");
    s.push_str(&text::break_phase(tr, b.phase));
    s
}

/// The one line at the top that must not be missed, in words (never colour alone).
fn banner(app: &App, c: &CounterView) -> Option<(String, Style)> {
    let tr = &app.tr;
    let theme = Theme::of(app);
    let urgent = theme.alert().add_modifier(Modifier::REVERSED);
    let cutoff_or = |s: &Option<String>| s.clone().unwrap_or_else(|| "—".into());
    match c.situation {
        Situation::WarningDue => Some((
            tr.f(
                "banner-warning-due",
                &[
                    (
                        "time",
                        (&c.next_break
                            .as_ref()
                            .map(|b| hhmm(&b.start))
                            .unwrap_or_default())
                            .into(),
                    ),
                    ("waiting", c.queue.into()),
                ],
            ),
            urgent,
        )),
        Situation::ClosingSoon { .. } | Situation::Pending => {
            let next = c.first_past_cutoff.clone();
            let text = match (c.other_window, next) {
                (Some(o), Some(n)) => tr.f(
                    "banner-cutoff",
                    &[
                        ("cutoff", (&cutoff_or(&c.cutoff)).into()),
                        ("next", (&n).into()),
                        ("other", crate::i18n::Arg::Num(o.0.into())),
                    ],
                ),
                (None, Some(n)) => tr.f(
                    "banner-cutoff-alone",
                    &[
                        ("cutoff", (&cutoff_or(&c.cutoff)).into()),
                        ("next", (&n).into()),
                    ],
                ),
                (_, None) => tr.f(
                    "banner-cutoff-all",
                    &[("cutoff", (&cutoff_or(&c.cutoff)).into())],
                ),
            };
            Some((text, theme.warn().add_modifier(Modifier::REVERSED)))
        }
        Situation::Overrun => Some((
            tr.f(
                "banner-overrun",
                &[("minutes", crate::i18n::Arg::Num(c.overrun_minutes))],
            ),
            urgent,
        )),
        _ => match &c.phase {
            PhaseView::Closed => Some((tr.t("banner-closed"), theme.dim())),
            _ => None,
        },
    }
}

fn render_phrases(app: &App, c: &CounterView, frame: &mut Frame, area: Rect) {
    if area.height < 3 {
        return;
    }
    let tr = &app.tr;
    let theme = Theme::of(app);
    let mut lines = Vec::new();
    for (i, key) in app.offered_phrases().into_iter().enumerate().take(9) {
        let title = app.phrases.title(tr.lang(), key);
        lines.push(Line::from(Span::styled(
            format!("[{}] {title}", i + 1),
            theme.bold(),
        )));
        let said = app.phrases.say(app.phrase_lang, key, &phrase_args(c, key));
        lines.push(Line::from(format!("“{said}”")));
    }
    let title = format!(
        " {} ({}) · [p] ",
        tr.t("counter-say"),
        app.phrase_lang.code()
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::default().borders(Borders::TOP).title(title)),
        area,
    );
}
