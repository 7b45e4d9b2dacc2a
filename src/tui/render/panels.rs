//! Panels drawn over a screen: help, transfer, break reason, playbooks.

use super::{Theme, centered};
use crate::domain::TransferTo;
use crate::tui::app::{App, Modal, REASONS, help_keys};
use crate::views::words as text;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn render(app: &App, modal: &Modal, frame: &mut Frame, area: Rect) {
    let tr = &app.tr;
    let theme = Theme::of(app);
    let choice = |i: usize, selected: usize, label: String| {
        let style = if i == selected {
            theme.selected()
        } else {
            ratatui::style::Style::default()
        };
        Line::from(Span::styled(format!(" {}  {label} ", i + 1), style))
    };
    let (title, mut lines): (String, Vec<Line>) = match modal {
        Modal::Feedback(p) => super::prompt::panel(app, p),
        Modal::Help => {
            let keys = help_keys(app.screen);
            let inner = area.width.saturating_sub(6).min(70) as usize;
            let wrapped: usize = keys
                .iter()
                .map(|(key, msg)| {
                    let n = format!(" {key:<9} {}", tr.t(msg)).chars().count();
                    n.div_ceil(inner.max(1)).max(1)
                })
                .sum();
            // Every key must show: on a short screen each takes one line, its
            // words cut, and the note about live updates goes.
            let compact = wrapped + 5 > area.height as usize;
            let mut lines: Vec<Line> = keys
                .into_iter()
                .map(|(key, msg)| {
                    let line = format!(" {key:<9} {}", tr.t(msg));
                    if compact && line.chars().count() > inner {
                        let cut: String = line.chars().take(inner.saturating_sub(1)).collect();
                        Line::from(format!("{cut}…"))
                    } else {
                        Line::from(line)
                    }
                })
                .collect();
            if !compact {
                lines.push(Line::from(""));
                lines.push(Line::from(format!(" {}", tr.t("help-refresh"))));
            }
            // What this user may not do stays listed, and the mark is explained.
            if !app.unavailable.is_empty() {
                let user = crate::text::clean(&app.who.user);
                lines.push(Line::from(format!(
                    " {}",
                    tr.f("access-legend", &[("user", (&user).into())])
                )));
            }
            (tr.t("help-title"), lines)
        }
        Modal::Transfer { targets, selected } => {
            let lines = targets
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let label = match t {
                        TransferTo::Service(s) => {
                            let name = app
                                .hall
                                .service(s)
                                .map(|x| x.name.clone())
                                .unwrap_or_default();
                            tr.f(
                                "transfer-to-service",
                                &[("service", (&s.0).into()), ("name", (&name).into())],
                            )
                        }
                        TransferTo::Window(w) => {
                            let name = app.hall.window(*w).and_then(|x| x.name.clone());
                            text::window_name(tr, *w, &name)
                        }
                    };
                    choice(i, *selected, label)
                })
                .collect();
            (tr.t("panel-transfer"), lines)
        }
        Modal::BreakReason { selected, minutes } => {
            let mut lines: Vec<Line> = REASONS
                .iter()
                .enumerate()
                .map(|(i, code)| choice(i, *selected, tr.t(&format!("reason-{code}"))))
                .collect();
            lines.push(Line::from(""));
            lines.push(Line::from(
                tr.f("panel-break-minutes", &[("minutes", (*minutes).into())]),
            ));
            (tr.t("panel-break"), lines)
        }
        Modal::OtherReason { note, minutes } => (
            tr.t("panel-break"),
            vec![
                Line::from(tr.t("panel-other-reason")),
                Line::from(Span::styled(format!("> {note}_"), theme.bold())),
                Line::from(""),
                Line::from(tr.f("panel-break-minutes", &[("minutes", (*minutes).into())])),
            ],
        ),
        Modal::Playbooks { ids, selected } => {
            let lines = ids
                .iter()
                .enumerate()
                .filter_map(|(i, id)| {
                    let p = app.playbooks.iter().find(|p| &p.id == id)?;
                    Some(choice(i, *selected, p.title.get(tr.lang()).to_string()))
                })
                .collect();
            (tr.t("panel-playbooks"), lines)
        }
        Modal::Playbook { id, step, selected } => {
            let Some(p) = app.playbooks.iter().find(|p| &p.id == id) else {
                return;
            };
            let Some(s) = p.step(step) else {
                return;
            };
            let lang = tr.lang();
            let mut lines = vec![
                Line::from(Span::styled(s.text.get(lang).to_string(), theme.bold())),
                Line::from(""),
            ];
            if s.answers.is_empty() {
                if let Some(k) = s.phrase {
                    lines.push(Line::from(tr.f(
                        "panel-playbook-say",
                        &[("phrase", (&app.phrases.title(lang, k)).into())],
                    )));
                }
                lines.push(Line::from(Span::styled(
                    tr.t("panel-playbook-done"),
                    theme.dim(),
                )));
            }
            for (i, a) in s.answers.iter().enumerate() {
                lines.push(choice(i, *selected, a.text.get(lang).to_string()));
            }
            (p.title.get(lang).to_string(), lines)
        }
    };
    lines.push(Line::from(Span::styled(
        format!(" {}", tr.t("panel-keys")),
        theme.dim(),
    )));
    let width = area.width.saturating_sub(4).min(72);
    // Wrapped lines need room; count them at the panel's inner width.
    let inner = width.saturating_sub(2).max(1);
    let height: u16 = lines
        .iter()
        .map(|l| (l.width() as u16).div_ceil(inner).max(1))
        .sum::<u16>()
        + 2;
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(format!(" {title} "))),
        popup,
    );
}
