//! The cashier's counter: the customer at the window, the line, the coming break,
//! the warning that cannot be missed, the words to say, and the action buttons.

use super::Theme;
use crate::phrases::Situation;
use crate::tui::app::{App, COUNTER_BUTTONS};
use crate::views::hall::{CounterView, PhaseView, phrase_args};
use crate::views::words as text;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub use super::buttons::Button;

/// The footer's place on a screen of this size: the same answer for drawing and
/// for mouse clicks.
pub fn footer_area(app: &App, area: Rect) -> Rect {
    super::buttons::footer_area(&app.tr, &COUNTER_BUTTONS, area, &super::marked(app))
}

/// The footer's buttons in `area` (as `footer_area` gives it).
pub fn buttons(app: &App, area: Rect) -> Vec<Button> {
    super::buttons::buttons(&app.tr, &COUNTER_BUTTONS, area, &super::marked(app))
}

fn mmss(seconds: i64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

fn hhmm(t: &chrono::DateTime<chrono_tz::Tz>) -> String {
    t.format("%H:%M").to_string()
}

/// Rows a text takes when wrapped at `width`, at most `max`.
fn rows_for(text: &str, width: u16, max: u16) -> u16 {
    (text.chars().count() as u16)
        .div_ceil(width.max(1))
        .clamp(1, max)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(c) = &app.counter else {
        return;
    };
    let tr = &app.tr;
    let theme = Theme::of(app);
    let footer = footer_area(app, area);
    let body = Rect::new(area.x, area.y, area.width, area.height - footer.height);
    // On a short screen the two boxes become one line each, so the banner, the
    // customer and the words to say still fit.
    let compact = area.height < 20;

    let banner = banner(app, c);
    let banner_rows = banner
        .as_ref()
        .map_or(0, |(t, _)| rows_for(t, area.width, 4));
    let flash_rows = app
        .flash
        .as_ref()
        .map_or(0, |f| rows_for(&f.text, area.width, 2));
    let [head, banner_area, top, status, flash_area, phrases] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(banner_rows),
        Constraint::Length(if compact { 2 } else { 5 }),
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
    let [left, mid, _, right] = Layout::horizontal([
        Constraint::Length(title.chars().count() as u16 + 2),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(5),
    ])
    .areas(head);
    frame.render_widget(Paragraph::new(Span::styled(title, theme.bold())), left);
    let hall = crate::text::cut_at_word(&hall, mid.width.into());
    frame.render_widget(Paragraph::new(Span::styled(hall, theme.dim())), mid);
    frame.render_widget(Paragraph::new(Span::styled(clock, theme.bold())), right);

    if let Some((text, style)) = banner {
        frame.render_widget(
            Paragraph::new(Span::styled(text, style)).wrap(Wrap { trim: true }),
            banner_area,
        );
    }

    let at_window: Vec<Span> = match (&c.serving, c.serving_seconds) {
        (Some(t), Some(s)) => vec![
            Span::styled(t.clone(), theme.bold().add_modifier(Modifier::REVERSED)),
            Span::raw(" "),
            Span::raw(tr.f("counter-serving-for", &[("time", (&mmss(s)).into())])),
        ],
        _ => vec![Span::raw(nobody_text(app, c))],
    };
    let line_summary = match c.oldest_wait_minutes {
        Some(m) if c.queue > 0 => tr.f(
            "counter-line",
            &[
                ("count", c.queue.into()),
                ("minutes", crate::i18n::Arg::Num(m)),
            ],
        ),
        _ => tr.t("counter-line-empty"),
    };
    let mut in_line = vec![];
    for (label, past) in &c.next_in_line {
        let style = if *past {
            theme.dim().add_modifier(Modifier::CROSSED_OUT)
        } else {
            Style::default()
        };
        // The arrow says "send elsewhere" in words-free form; the banner says it
        // in words.
        let shown = if *past {
            format!("{label}→")
        } else {
            label.clone()
        };
        in_line.push(Span::styled(shown, style));
        in_line.push(Span::raw(" "));
    }
    if c.queue > c.next_in_line.len() {
        in_line.push(Span::raw(format!("+{}", c.queue - c.next_in_line.len())));
    }
    if compact {
        let mut line = vec![Span::raw(format!("{} · ", line_summary))];
        line.extend(in_line);
        frame.render_widget(
            Paragraph::new(vec![Line::from(at_window), Line::from(line)]),
            top,
        );
    } else {
        let [now_box, line_box] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(top);
        frame.render_widget(
            Paragraph::new(Line::from(at_window))
                .wrap(Wrap { trim: true })
                .block(Block::bordered().title(format!(" {} ", tr.t("counter-at-window")))),
            now_box,
        );
        frame.render_widget(
            Paragraph::new(vec![Line::from(line_summary), Line::from(in_line)])
                .wrap(Wrap { trim: true })
                .block(Block::bordered().title(format!(" {} ", tr.t("counter-the-line")))),
            line_box,
        );
    }

    // The window's state and its break.
    let lines = vec![
        Line::from(vec![
            Span::styled(format!("{}: ", tr.t("col-state")), theme.bold()),
            Span::raw(text::phase(tr, &c.phase)),
        ]),
        Line::from(break_line(app, c)),
    ];
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

/// What the empty window box says: what to do next, which depends on the state.
fn nobody_text(app: &App, c: &CounterView) -> String {
    match &c.phase {
        PhaseView::OnBreak { .. } => app.tr.t("counter-nobody-break"),
        PhaseView::Closed => app.tr.t("banner-closed"),
        _ => app.tr.t("counter-nobody"),
    }
}

/// The line about the next break: when, how far off, and where it stands.
fn break_line(app: &App, c: &CounterView) -> String {
    let tr = &app.tr;
    let Some(b) = &c.next_break else {
        return tr.t("counter-no-break");
    };
    let key = match c.phase {
        PhaseView::OnBreak { .. } | PhaseView::Pending => "counter-this-break",
        _ => "counter-next-break",
    };
    let mut s = tr.f(
        key,
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
        // The break waits for the customer at the window, and nobody else is called.
        Situation::Pending => Some((
            tr.f(
                "banner-pending",
                &[("ticket", (&c.serving.clone().unwrap_or_default()).into())],
            ),
            theme.warn().add_modifier(Modifier::REVERSED),
        )),
        Situation::ClosingSoon { .. } => {
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
        _ => match (&c.phase, &c.request) {
            (PhaseView::Closed, _) => Some((tr.t("banner-closed"), theme.dim())),
            // Once the break is on, the request has done its work.
            (PhaseView::Open, Some(r)) => Some((text::request_answer(tr, r), theme.warn())),
            _ => None,
        },
    }
}

/// Quotation marks as each language prints them around spoken words.
fn quoted(lang: crate::i18n::Lang, text: &str) -> String {
    use crate::i18n::Lang;
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Hu => format!("„{text}”"),
        Lang::Ru | Lang::Uk => format!("«{text}»"),
    }
}

/// The words to say: every offered phrase by number and title, then the focused
/// one in full, so that each digit's phrase is on screen whatever its length.
fn render_phrases(app: &App, c: &CounterView, frame: &mut Frame, area: Rect) {
    if area.height < 2 {
        return;
    }
    let tr = &app.tr;
    let theme = Theme::of(app);
    let offered = app.offered_phrases();
    let focus = app.focused_phrase();
    let mut titles = vec![];
    for (i, key) in offered.iter().enumerate() {
        let style = if Some(*key) == focus {
            theme.bold().add_modifier(Modifier::REVERSED)
        } else {
            theme.bold()
        };
        titles.push(Span::styled(
            format!("[{}] {}", i + 1, app.phrases.title(tr.lang(), *key)),
            style,
        ));
        titles.push(Span::raw("  "));
    }
    let mut lines = vec![Line::from(titles)];
    if let Some(key) = focus {
        let said = app.phrases.say(app.phrase_lang, key, &phrase_args(c, key));
        lines.push(Line::from(quoted(app.phrase_lang, &said)));
    }
    let title = format!(
        " {} ({}) · [p] · ↑↓ ",
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
