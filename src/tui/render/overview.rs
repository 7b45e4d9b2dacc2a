//! The live hall overview: every window's state, the queue per service, today's
//! breaks, and any break whose warning is due.

use super::Theme;
use crate::domain::BreakPhase;
use crate::tui::app::App;
use crate::views::hall::PhaseView;
use crate::views::words as text;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Wrap};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [body_area, footer] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    body(app, frame, body_area);
    let mut keys = app.tr.t("footer-overview");
    if app
        .unavailable(&crate::tui::app::Action::OpenPlanner)
        .is_some()
    {
        keys = format!("{keys} · p{}", super::buttons::NOT_AVAILABLE);
    }
    // A key this user may not use says why in the footer's place.
    let line = match &app.flash {
        Some(f) if f.refused => Span::styled(f.text.clone(), Theme::of(app).alert()),
        _ => Span::styled(keys, Theme::of(app).dim()),
    };
    frame.render_widget(Paragraph::new(line), footer);
}

/// Everything but the footer: the planner's live view shows the same.
pub fn body(app: &App, frame: &mut Frame, area: Rect) {
    let v = &app.overview;
    let tr = &app.tr;
    let theme = Theme::of(app);
    let mut alerts: Vec<Line> = v
        .breaks
        .iter()
        .filter(|b| b.phase == BreakPhase::WarningDue)
        .map(|b| {
            Line::from(Span::styled(
                format!("! {}", text::warning_due(tr, v, b)),
                theme.alert(),
            ))
        })
        .collect();
    alerts.extend(
        text::hall_alerts(tr, v)
            .into_iter()
            .chain(app.notice_alert.clone())
            .chain(app.quality_alert.clone())
            .map(|a| Line::from(Span::styled(format!("! {a}"), theme.alert()))),
    );
    // Alerts wrap rather than lose their end: they are the point of the
    // screen. On a small screen they leave today's breaks a few lines: those
    // that do not fit are counted in one line (a warning due comes first).
    let rows_of = |l: &Line| (l.width() as u16).div_ceil(area.width.max(1)).max(1);
    let breaks_min = 3 + v.breaks.len().min(3) as u16;
    let fixed = 1 + (v.windows.len() as u16 + 3) + (v.services.len() as u16 + 3) + breaks_min;
    let room = area.height.saturating_sub(fixed);
    let total: u16 = alerts.iter().map(rows_of).sum();
    if total > room {
        let count = alerts.len();
        let mut used = 0;
        let mut kept = Vec::new();
        for l in alerts {
            let r = rows_of(&l);
            if !kept.is_empty() && used + r + 1 > room {
                break;
            }
            used += r;
            kept.push(l);
        }
        let more = count - kept.len();
        if more > 0 {
            kept.push(Line::from(Span::styled(
                tr.f(
                    "alerts-more",
                    &[("count", crate::i18n::Arg::Num(more as i64))],
                ),
                theme.alert(),
            )));
        }
        alerts = kept;
    }
    let alert_rows: u16 = alerts.iter().map(rows_of).sum();
    let [head, alert_area, windows, queues, breaks] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(alert_rows),
        Constraint::Length(v.windows.len() as u16 + 3),
        Constraint::Length(v.services.len() as u16 + 3),
        Constraint::Min(3),
    ])
    .areas(area);

    let clock = v.now.format("%H:%M").to_string();
    let title = text::title(tr, v);
    let [left, right] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(clock.len() as u16 + 1),
    ])
    .areas(head);
    let title = crate::text::cut_at_word(&title, left.width.into());
    frame.render_widget(Paragraph::new(Span::styled(title, theme.bold())), left);
    frame.render_widget(Paragraph::new(Span::styled(clock, theme.bold())), right);
    frame.render_widget(
        Paragraph::new(alerts).wrap(Wrap { trim: false }),
        alert_area,
    );

    // Below 100 columns the staff column gives way to the window's state.
    let show_staff = area.width >= 100;

    let rows = v.windows.iter().enumerate().map(|(i, w)| {
        let style = match w.phase {
            PhaseView::Open => theme.ok(),
            PhaseView::ClosingSoon { .. } | PhaseView::Pending => theme.warn(),
            PhaseView::OnBreak {
                overrun_minutes, ..
            } if overrun_minutes > 0 => theme.alert(),
            PhaseView::OnBreak { .. } | PhaseView::Closed => theme.dim(),
        };
        let mut cells = vec![Cell::from(text::window_name(tr, w.id, &w.name))];
        if show_staff {
            cells.push(Cell::from(w.staff.clone().unwrap_or_else(|| "—".into())));
        }
        cells.extend([
            Cell::from(text::phase(tr, &w.phase)).style(style),
            Cell::from(text::serving(tr, w)),
            Cell::from(w.queue.to_string()),
        ]);
        let row = Row::new(cells);
        if i == app.selected {
            row.style(theme.selected())
        } else {
            row
        }
    });
    let mut widths = vec![Constraint::Length(10)];
    let mut header = vec![tr.t("col-window")];
    if show_staff {
        widths.push(Constraint::Length(18));
        header.push(tr.t("col-staff"));
    }
    widths.extend([
        Constraint::Fill(1),
        Constraint::Length(14),
        Constraint::Length(6),
    ]);
    header.extend([tr.t("col-state"), tr.t("col-serving"), tr.t("col-queue")]);
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.bold()))
        .block(section(tr.t("heading-windows")));
    frame.render_widget(table, windows);

    // Columns as wide as their longest entry, so every language fits; the
    // waiting figures take what is left.
    let text_width = |t: &str| t.chars().count() as u16;
    let name_width = v
        .services
        .iter()
        .map(|s| text_width(&s.name))
        .max()
        .unwrap_or(8)
        .clamp(8, 24);
    let open_width = v
        .services
        .iter()
        .map(|s| text_width(&text::open_windows(tr, s)))
        .chain([text_width(&tr.t("col-open"))])
        .max()
        .unwrap_or(8);
    let rows = v.services.iter().map(|s| {
        Row::new(vec![
            Cell::from(s.code.clone()),
            Cell::from(s.name.clone()),
            Cell::from(text::waiting(tr, s)),
            Cell::from(text::open_windows(tr, s)),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(2),
            Constraint::Length(name_width),
            Constraint::Fill(1),
            Constraint::Length(open_width),
        ],
    )
    .header(
        Row::new(vec![
            String::new(),
            tr.t("col-service"),
            tr.t("col-waiting"),
            tr.t("col-open"),
        ])
        .style(theme.bold()),
    )
    .block(section(tr.t("heading-queues")));
    frame.render_widget(table, queues);

    let lines: Vec<Line> = if v.breaks.is_empty() {
        vec![Line::from(tr.t("no-breaks-today"))]
    } else {
        v.breaks
            .iter()
            .map(|b| {
                let style = match b.phase {
                    BreakPhase::WarningDue | BreakPhase::Overrun => theme.alert(),
                    BreakPhase::ClosingSoon | BreakPhase::Pending => theme.warn(),
                    _ => ratatui::style::Style::default(),
                };
                Line::from(Span::styled(text::break_line(tr, b), style))
            })
            .collect()
    };
    frame.render_widget(
        Paragraph::new(lines).block(section(tr.t("heading-breaks"))),
        breaks,
    );
}

fn section(title: String) -> Block<'static> {
    Block::default()
        .borders(Borders::TOP)
        .title(format!(" {title} "))
}
