//! The supervisor's feedback screen: tabs, the filters in words, the list of
//! entries with their age and deadline (late ones marked `!`, never by colour
//! alone), the selected entry with what the log says happened, the figures,
//! the audits, and the prompt and keys at the bottom.

use crate::feedback::book::Entry;
use crate::i18n::Arg;
use crate::tui::app::feedback::{DESK_BUTTONS, FeedbackDesk, MORE_KEYS, Tab};
use crate::views::feedback as view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, Wrap};

struct Look {
    colour: bool,
}

impl Look {
    fn fg(&self, c: Color) -> Style {
        if self.colour {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    }
    fn alert(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    fn dim(&self) -> Style {
        self.fg(Color::DarkGray)
    }
    fn bold(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}

/// Rows a line takes when wrapped at word boundaries, as `Wrap` does.
fn wrapped(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let mut rows: usize = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let n = word.chars().count();
        let need = if used == 0 { n } else { used + 1 + n };
        if need <= width {
            used = need;
        } else {
            rows += 1 + n.saturating_sub(1) / width;
            used = n % width;
        }
    }
    u16::try_from(rows).unwrap_or(u16::MAX)
}

fn rows_for(lines: &[Line], width: u16) -> u16 {
    lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            wrapped(&text, width)
        })
        .sum()
}

pub fn render(d: &FeedbackDesk, frame: &mut Frame) {
    render_in(d, frame, frame.area());
}

pub fn render_in(d: &FeedbackDesk, frame: &mut Frame, area: Rect) {
    let tr = &d.tr;
    let look = Look { colour: d.colour };
    if area.width < 40 || area.height < 10 {
        frame.render_widget(
            Paragraph::new(tr.t("too-small")).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    // Head: the title and the clock, the tabs, the filters.
    let clock = d.now.with_timezone(&d.hall.tz).format("%H:%M").to_string();
    let mut title = format!("{} · {}", tr.t("fbs-title"), d.hall.name);
    if d.hall.demo {
        title = format!("{title} · {}", tr.t("demo-mark"));
    }
    let open = d.book.entries.values().filter(|e| e.is_open()).count();
    let late = d.book.overdue(&d.rules, d.hall.tz, d.now).len();
    let mut tabs: Vec<Span> = Vec::new();
    for t in Tab::ALL {
        let label = match t {
            Tab::Open => tr.f(
                "fbs-tab-open",
                &[("count", open.into()), ("late", late.into())],
            ),
            _ => tr.t(&format!("fbs-tab-{}", t.code())),
        };
        let style = if t == d.tab {
            look.selected().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        tabs.push(Span::styled(format!(" {label} "), style));
        tabs.push(Span::raw(" "));
    }
    let filters = Line::from(vec![
        Span::styled(filters_text(d), look.dim()),
        Span::raw(" · "),
        Span::raw(ratings_today(d)),
    ]);
    let filter_rows = rows_for(std::slice::from_ref(&filters), area.width);

    let footer = footer_lines(d, &look, area.width);
    let footer_rows = rows_for(&footer, area.width).min(4);
    let [head, tab_row, filter_area, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(filter_rows),
        Constraint::Min(3),
        Constraint::Length(footer_rows),
    ])
    .areas(area);
    let [left, right] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(clock.len() as u16 + 1),
    ])
    .areas(head);
    frame.render_widget(Paragraph::new(Span::styled(title, look.bold())), left);
    frame.render_widget(Paragraph::new(Span::styled(clock, look.bold())), right);
    frame.render_widget(Paragraph::new(Line::from(tabs)), tab_row);
    frame.render_widget(
        Paragraph::new(filters).wrap(Wrap { trim: false }),
        filter_area,
    );
    match d.tab {
        Tab::Open | Tab::All => entries(d, &look, frame, body),
        Tab::Figures => figures(d, &look, frame, body),
        Tab::Audits => audits(d, &look, frame, body),
    }
    frame.render_widget(Paragraph::new(footer).wrap(Wrap { trim: false }), foot);
    if d.help {
        help(d, frame, area);
    }
}

fn filters_text(d: &FeedbackDesk) -> String {
    let tr = &d.tr;
    let any = tr.t("fbs-any");
    let kind = d.kind.map_or(any.clone(), |k| view::kind_name(tr, k));
    let category = d
        .category
        .as_deref()
        .map_or(any.clone(), |c| view::category_name(tr, &d.rules, c));
    let window = d.window.map_or(any.clone(), |w| {
        tr.f("fb-window", &[("window", Arg::Num(w.0.into()))])
    });
    let staff = d
        .staff
        .as_ref()
        .map_or(any, |s| view::staff_name(&d.hall, s));
    tr.f(
        "fbs-filters",
        &[
            ("kind", (&kind).into()),
            ("category", (&category).into()),
            ("window", (&window).into()),
            ("staff", (&staff).into()),
            (
                "period",
                (&tr.t(&format!("fbs-period-{}", d.period.code()))).into(),
            ),
        ],
    )
}

/// Today's ratings from the survey screens, the latest first: what a
/// supervisor glances at to see the hall's mood.
fn ratings_today(d: &FeedbackDesk) -> String {
    let tr = &d.tr;
    let tz = d.hall.tz;
    let today = d.now.with_timezone(&tz).date_naive();
    let from = crate::feedback::calendar::start_of_day(tz, today);
    let today: Vec<&crate::feedback::Rating> =
        d.book.ratings.iter().filter(|r| r.at >= from).collect();
    let Some(last) = today.iter().max_by_key(|r| r.at) else {
        return tr.t("fbs-ratings-none");
    };
    let avg = today.iter().map(|r| f64::from(r.score)).sum::<f64>() / today.len() as f64;
    tr.f(
        "fbs-ratings-today",
        &[
            ("count", today.len().into()),
            ("avg", (&format!("{avg:.1}")).into()),
            (
                "time",
                (&last.at.with_timezone(&tz).format("%H:%M").to_string()).into(),
            ),
            ("window", Arg::Num(last.window.0.into())),
            ("score", Arg::Num(last.score.into())),
        ],
    )
}

/// A deadline in a table cell: the step and its last day, `!` when late.
fn due_cell(d: &FeedbackDesk, e: &Entry) -> (String, bool) {
    let Some(due) = e.due(&d.rules, d.hall.tz) else {
        return (String::new(), false);
    };
    let late = d.now >= due.by;
    let day = view::due_day(&d.hall, due.by).format("%m-%d").to_string();
    let stage = d.tr.t(&format!("fbs-stage-{}", due.stage.code()));
    let text = d.tr.f(
        "fbs-due-cell",
        &[("stage", (&stage).into()), ("date", (&day).into())],
    );
    // Late is said by a mark, not by colour alone.
    (if late { format!("! {text}") } else { text }, late)
}

fn entries(d: &FeedbackDesk, look: &Look, frame: &mut Frame, area: Rect) {
    let tr = &d.tr;
    let rows = d.rows();
    if rows.is_empty() {
        let key = if d.tab == Tab::Open {
            "fbs-empty-open"
        } else {
            "fbs-empty"
        };
        frame.render_widget(Paragraph::new(tr.t(key)).wrap(Wrap { trim: true }), area);
        return;
    }
    let wide = area.width >= 100;
    // The list takes what the detail leaves, at least four rows.
    let list_rows = (rows.len() as u16 + 1).min(area.height.saturating_sub(6).max(4));
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Length(list_rows), Constraint::Min(0)]).areas(area);
    // Keep the selection in sight.
    let visible = list_rows.saturating_sub(1) as usize;
    let selected = d.selected.min(rows.len() - 1);
    let first = selected.saturating_sub(visible.saturating_sub(1));
    let body: Vec<Row> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(visible)
        .map(|(i, e)| {
            let (due, late) = due_cell(d, e);
            let mut cells = vec![
                Cell::from(e.id.0.to_string()),
                Cell::from(view::kind_name(tr, e.kind)),
                Cell::from(view::category_name(tr, &d.rules, &e.category)),
                Cell::from(e.links.window.map_or(String::new(), |w| w.0.to_string())),
            ];
            if wide {
                cells.push(Cell::from(
                    e.links
                        .staff
                        .as_ref()
                        .map_or(String::new(), |s| view::staff_name(&d.hall, s)),
                ));
            }
            cells.push(Cell::from(view::age_words(tr, e.received, d.now)));
            cells.push(Cell::from(due).style(if late { look.alert() } else { Style::default() }));
            if wide {
                cells.push(Cell::from(view::status_name(tr, e.status())));
            }
            let row = Row::new(cells);
            if i == selected {
                row.style(look.selected())
            } else {
                row
            }
        })
        .collect();
    // Columns as wide as their longest entry in this language, so every
    // language fits; the category takes what is left.
    let chars = |s: &str| s.chars().count() as u16;
    let kind_w = crate::domain::FeedbackKind::ALL
        .iter()
        .map(|k| chars(&view::kind_name(tr, *k)))
        .chain([chars(&tr.t("fbs-col-kind"))])
        .max()
        .unwrap_or(10);
    let age_w = rows
        .iter()
        .map(|e| chars(&view::age_words(tr, e.received, d.now)))
        .chain([chars(&tr.t("fbs-col-age"))])
        .max()
        .unwrap_or(8)
        .min(14);
    let due_w = rows
        .iter()
        .map(|e| chars(&due_cell(d, e).0))
        .chain([chars(&tr.t("fbs-col-due"))])
        .max()
        .unwrap_or(10)
        .min(26);
    let win_w = chars(&tr.t("fbs-col-window")).max(3);
    let mut widths = vec![
        Constraint::Length(4),
        Constraint::Length(kind_w),
        Constraint::Fill(1),
        Constraint::Length(win_w),
    ];
    let mut header = vec![
        "#".to_string(),
        tr.t("fbs-col-kind"),
        tr.t("fbs-col-category"),
        tr.t("fbs-col-window"),
    ];
    if wide {
        let staff_w = rows
            .iter()
            .filter_map(|e| e.links.staff.as_ref())
            .map(|s| chars(&view::staff_name(&d.hall, s)))
            .chain([chars(&tr.t("fbs-col-staff"))])
            .max()
            .unwrap_or(8)
            .min(18);
        widths.push(Constraint::Length(staff_w));
        header.push(tr.t("fbs-col-staff"));
    }
    widths.extend([Constraint::Length(age_w), Constraint::Length(due_w)]);
    header.extend([tr.t("fbs-col-age"), tr.t("fbs-col-due")]);
    if wide {
        let status_w = crate::feedback::Status::ALL
            .iter()
            .map(|st| chars(&view::status_name(tr, *st)))
            .chain([chars(&tr.t("fbs-col-status"))])
            .max()
            .unwrap_or(10);
        widths.push(Constraint::Length(status_w));
        header.push(tr.t("fbs-col-status"));
    }
    frame.render_widget(
        Table::new(body, widths).header(Row::new(header).style(look.bold())),
        list_area,
    );
    if detail_area.height >= 2
        && let Some(e) = rows.get(selected)
    {
        detail(d, look, e, frame, detail_area);
    }
}

fn detail(d: &FeedbackDesk, look: &Look, e: &Entry, frame: &mut Frame, area: Rect) {
    let tr = &d.tr;
    let v = view::entry_view(tr, &d.hall, &d.rules, &d.labels, e, d.now);
    let loaded = d.detail.as_ref().filter(|x| x.id == e.id);
    let contact = loaded.and_then(|x| x.contact.as_ref());
    let mut lines: Vec<Line> = Vec::new();
    let all = view::entry_lines(tr, &d.hall, &v, e, contact, None, d.now);
    // The heading becomes the section's title; the history stays for `show`.
    let heading = all.first().cloned().unwrap_or_default();
    let history_at = all
        .iter()
        .position(|l| *l == tr.t("fb-history-heading"))
        .unwrap_or(all.len());
    for (i, l) in all.iter().enumerate().take(history_at).skip(1) {
        let style = if i == 1 {
            look.bold()
        } else {
            Style::default()
        };
        lines.push(Line::from(Span::styled(l.clone(), style)));
    }
    if let Some(x) = loaded {
        for l in &x.context {
            let style = if l.starts_with('!') {
                look.alert()
            } else {
                Style::default()
            };
            lines.push(Line::from(Span::styled(l.clone(), style)));
        }
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::TOP)
                .title(format!(" {heading} ")),
        ),
        area,
    );
}

fn figures(d: &FeedbackDesk, look: &Look, frame: &mut Frame, area: Rect) {
    let tr = &d.tr;
    let Some((_, f)) = &d.figures else {
        frame.render_widget(Paragraph::new(tr.t("fbs-reading")), area);
        return;
    };
    let counts = {
        let (from, to) = (f.from, f.to);
        view::rating_counts(&d.book, from, to)
    };
    let mut lines = vec![
        Line::from(Span::styled(
            tr.f(
                "fb-fig-heading",
                &[
                    (
                        "from",
                        (&view::due_day(&d.hall, f.from + chrono::Duration::seconds(1))
                            .to_string())
                            .into(),
                    ),
                    ("to", (&view::due_day(&d.hall, f.to).to_string()).into()),
                ],
            ),
            look.bold(),
        )),
        Line::from(tr.f(
            "fbs-fig-ratio",
            &[("ratio", (&view::ratio_words(tr, &f.total)).into())],
        )),
        Line::from(
            tr.f(
                "fbs-fig-per-k",
                &[
                    (
                        "perk",
                        (&f.total
                            .complaints_per_thousand()
                            .map_or_else(|| "—".to_string(), view::one_decimal))
                            .into(),
                    ),
                    ("served", Arg::Num(f.total.served as i64)),
                ],
            ),
        ),
        Line::from(
            tr.f(
                "fbs-fig-rating",
                &[
                    (
                        "avg",
                        (&f.total
                            .average_rating()
                            .map_or_else(|| "—".to_string(), |a| format!("{a:.1}")))
                            .into(),
                    ),
                    ("ratings", Arg::Num(f.total.ratings as i64)),
                    (
                        "spread",
                        (&counts
                            .iter()
                            .enumerate()
                            .map(|(i, n)| format!("{}★ {n}", i + 1))
                            .collect::<Vec<_>>()
                            .join("  "))
                            .into(),
                    ),
                ],
            ),
        ),
        Line::from(""),
        Line::from(Span::styled(
            tr.t(&format!("fb-fig-by-{}", group_code(f.group))),
            look.bold(),
        )),
    ];
    let head = [
        tr.t("fbs-col-group"),
        tr.t("fbs-col-ratio"),
        tr.t("fbs-col-per-k"),
        tr.t("fbs-col-rating"),
        tr.t("fbs-col-served"),
    ];
    let top_rows = lines.len() as u16;
    let [top, table] =
        Layout::vertical([Constraint::Length(top_rows), Constraint::Min(0)]).areas(area);
    lines.truncate(top_rows as usize);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), top);
    let rows: Vec<Row> = f
        .rows
        .iter()
        .map(|(k, t)| {
            Row::new(vec![
                Cell::from(view::key_name(tr, &d.hall, k)),
                Cell::from(ratio_cell(t)),
                Cell::from(
                    t.complaints_per_thousand()
                        .map_or_else(|| "—".to_string(), view::one_decimal),
                ),
                Cell::from(
                    t.average_rating()
                        .map_or_else(|| "—".to_string(), |a| format!("{a:.1} ({})", t.ratings)),
                ),
                Cell::from(t.served.to_string()),
            ])
        })
        .collect();
    frame.render_widget(
        Table::new(
            rows,
            [
                Constraint::Fill(2),
                Constraint::Fill(2),
                Constraint::Length(10),
                Constraint::Length(10),
                Constraint::Length(7),
            ],
        )
        .header(Row::new(head.to_vec()).style(look.bold())),
        table,
    );
}

/// Praise to complaints in a narrow cell: "3 : 1", "1 : 10", "2 : 0".
fn ratio_cell(t: &crate::feedback::figures::Tally) -> String {
    match (t.compliments, t.complaints) {
        (0, 0) => "—".into(),
        (p, 0) => format!("{p} : 0"),
        (0, c) => format!("0 : {c}"),
        (p, c) if p >= c => format!("{} : 1", view::one_decimal(p as f64 / c as f64)),
        (p, c) => format!("1 : {}", view::one_decimal(c as f64 / p as f64)),
    }
}

fn group_code(g: crate::feedback::figures::GroupBy) -> &'static str {
    use crate::feedback::figures::GroupBy as G;
    match g {
        G::Window => "window",
        G::Staff => "staff",
        G::Day => "day",
        G::Week => "week",
        G::Month => "month",
    }
}

fn audits(d: &FeedbackDesk, look: &Look, frame: &mut Frame, area: Rect) {
    let tr = &d.tr;
    let mut list: Vec<&crate::feedback::Audit> = d.book.audits.values().collect();
    list.sort_by_key(|a| std::cmp::Reverse((a.visited, a.id)));
    if list.is_empty() {
        frame.render_widget(
            Paragraph::new(tr.t("fb-audits-empty")).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let lines: Vec<Line> = list
        .iter()
        .map(|a| {
            let low = a.percent().is_some_and(|p| p < 60);
            Line::from(Span::styled(
                view::audit_line(tr, &d.hall, a),
                if low { look.alert() } else { Style::default() },
            ))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn footer_lines(d: &FeedbackDesk, look: &Look, width: u16) -> Vec<Line<'static>> {
    let tr = &d.tr;
    let mut out = Vec::new();
    if let Some(input) = &d.input {
        out.push(Line::from(Span::styled(
            tr.f(
                &format!("fbs-prompt-{}", input.what.code()),
                &[("id", Arg::Num(input.entry.0 as i64))],
            ),
            look.bold(),
        )));
        out.push(Line::from(format!("> {}_", input.text)));
        out.push(Line::from(Span::styled(
            tr.t("fbs-prompt-keys"),
            look.dim(),
        )));
        return out;
    }
    if let Some((text, refused)) = &d.flash {
        out.push(Line::from(Span::styled(
            text.clone(),
            if *refused { look.alert() } else { look.bold() },
        )));
    }
    // Every key with its words when they fit in two rows, else keys only.
    // Buttons are laid out whole, never split between rows: with their words
    // when they fit in two rows, else keys only (the help has the words).
    let lay = |labels: Vec<String>| -> Vec<String> {
        let mut rows: Vec<String> = vec![String::new()];
        for label in labels {
            let last = rows.last_mut().map_or(0, |r| r.chars().count());
            let n = label.chars().count();
            if last > 0 && last + 2 + n > usize::from(width) {
                rows.push(label);
            } else if let Some(row) = rows.last_mut() {
                if last > 0 {
                    row.push_str("  ");
                }
                row.push_str(&label);
            }
        }
        rows
    };
    let full = lay(DESK_BUTTONS
        .iter()
        .map(|(k, msg, _)| format!("[{k}] {}", tr.t(msg)))
        .collect());
    let rows = if full.len() <= 2 {
        full
    } else {
        lay(DESK_BUTTONS
            .iter()
            .map(|(k, _, _)| format!("[{k}]"))
            .collect())
    };
    for row in rows {
        out.push(Line::from(Span::styled(row, look.dim())));
    }
    out
}

fn help(d: &FeedbackDesk, frame: &mut Frame, area: Rect) {
    let tr = &d.tr;
    let mut lines: Vec<Line> = DESK_BUTTONS
        .iter()
        .map(|(k, msg, _)| Line::from(format!(" {k:<5} {}", tr.t(msg))))
        .chain(
            MORE_KEYS
                .iter()
                .map(|(k, msg)| Line::from(format!(" {k:<5} {}", tr.t(msg)))),
        )
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(format!(" {}", tr.t("help-refresh"))));
    let width = area.width.saturating_sub(4).min(64);
    let height = (rows_for(&lines, width.saturating_sub(2)) + 2).min(area.height);
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height - height) / 2;
    let popup = Rect::new(x, y, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(format!(" {} ", tr.t("help-title")))),
        popup,
    );
}
