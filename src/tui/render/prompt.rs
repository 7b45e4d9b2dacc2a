//! The counter's feedback prompt as a panel: who it is about, then the kind,
//! the category or the words being typed.

use super::Theme;
use crate::tui::app::App;
use crate::tui::app::prompt::{KINDS, Prompt, Step, categories};
use crate::views::feedback as view;
use ratatui::text::{Line, Span};

/// The panel's title and lines.
pub fn panel(app: &App, p: &Prompt) -> (String, Vec<Line<'static>>) {
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
    let window = crate::i18n::Arg::Num(p.window.0.into());
    let about = match (&p.ticket, &p.staff) {
        (Some((_, label)), Some(staff)) => tr.f(
            "fbp-about",
            &[
                ("ticket", label.into()),
                ("window", window),
                ("staff", staff.into()),
            ],
        ),
        (Some((_, label)), None) => tr.f(
            "fbp-about-nobody",
            &[("ticket", label.into()), ("window", window)],
        ),
        (None, _) => tr.f("fbp-about-window", &[("window", window)]),
    };
    let mut lines = vec![Line::from(Span::styled(about, theme.dim())), Line::from("")];
    match &p.step {
        Step::Kind { selected } => {
            lines.push(Line::from(tr.t("fbp-kind")));
            for (i, k) in KINDS.iter().enumerate() {
                lines.push(choice(i, *selected, view::kind_name(tr, *k)));
            }
        }
        Step::Category { kind, selected } => {
            lines.push(Line::from(
                tr.f("fbp-category", &[("kind", kind.code().into())]),
            ));
            let list = categories(&app.feedback_rules, *kind);
            // Digits reach the first nine; the arrows reach the rest.
            let shown = 9.max(*selected + 1).min(list.len());
            let first = (*selected + 1).saturating_sub(shown.min(9));
            for (i, c) in list.iter().enumerate().skip(first).take(9) {
                let label = view::category_name(tr, &app.feedback_rules, c);
                let line = if i < 9 {
                    choice(i, *selected, label)
                } else {
                    let style = if i == *selected {
                        theme.selected()
                    } else {
                        ratatui::style::Style::default()
                    };
                    Line::from(Span::styled(format!("    {label} "), style))
                };
                lines.push(line);
            }
        }
        Step::Words {
            kind,
            category,
            text,
        } => {
            lines.push(Line::from(Span::styled(
                format!(
                    "{} · {}",
                    view::kind_name(tr, *kind),
                    view::category_name(tr, &app.feedback_rules, category)
                ),
                theme.bold(),
            )));
            lines.push(Line::from(tr.t("fbp-words")));
            lines.push(Line::from(Span::styled(format!("> {text}_"), theme.bold())));
        }
    }
    lines.push(Line::from(""));
    (tr.t("fbp-title"), lines)
}
