//! Trainer mode's screens: the trainer's strip above the trainee's counter (the
//! session, its clock and the trainer's keys), the scene line with what
//! customers say and do, the trainer panel with what is expected next and what
//! was missed, the briefing, the debrief at the end, and a replay's strip.

use super::{MIN_HEIGHT, MIN_WIDTH, Theme, centered, render_in};
use crate::clock::SimClock;
use crate::domain::Instant;
use crate::scenario::Scenario;
use crate::scenario::score::{Evaluation, Item, Status, Subject};
use crate::text::clean;
use crate::tui::app::App;
use crate::tui::app::replay::{REPLAY_KEYS, Replay};
use crate::tui::app::trainer::{TRAINER_KEYS, Trainer};
use crate::views::debrief::{self, Debrief, Mark, Words, quoted};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// How long a customer's words stay on the scene line, in simulated minutes.
const SCENE_MINUTES: i64 = 5;
/// Width of the panel beside the counter on a wide screen.
const SIDE_PANEL: u16 = 38;
/// From this width the panel goes beside the counter rather than below it.
const SIDE_FROM: u16 = 110;

fn too_small(app: &App, frame: &mut Frame, area: Rect) -> bool {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = Paragraph::new(app.tr.t("too-small")).wrap(Wrap { trim: true });
        frame.render_widget(msg, area);
        return true;
    }
    false
}

fn words<'a>(app: &'a App, scenario: &'a Scenario) -> Words<'a> {
    Words {
        tr: &app.tr,
        scenario,
        playbooks: &app.playbooks,
        phrases: &app.phrases,
    }
}

fn hhmmss(sc: &Scenario, t: Instant) -> String {
    t.with_timezone(&sc.config.hall.tz)
        .format("%H:%M:%S")
        .to_string()
}

fn hhmm(sc: &Scenario, t: Instant) -> String {
    t.with_timezone(&sc.config.hall.tz)
        .format("%H:%M")
        .to_string()
}

/// The clock as the strip shows it: time, speed, and whether it runs.
fn clock_text(app: &App, clock: &SimClock, time: String) -> String {
    let mut s = format!(
        "{time} {}",
        app.tr.f("train-speed", &[("speed", clock.speed().into())])
    );
    if clock.paused() {
        s.push_str(&format!(" {}", app.tr.t("train-paused")));
    } else {
        s.push_str(" ▶");
    }
    s
}

fn keys_line(app: &App, keys: &[(&str, &str)]) -> String {
    keys.iter()
        .map(|(k, msg)| format!("{k} {}", app.tr.t(msg)))
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn render(t: &Trainer, frame: &mut Frame) {
    let area = frame.area();
    let app = &t.app;
    if too_small(app, frame, area) {
        return;
    }
    let sc = t.session.scenario();
    if t.debrief() {
        let eval = t.session.evaluation();
        let d = debrief::build(&words(app, sc), t.session.events(), &eval);
        render_debrief(app, &d, t.scroll, frame, area);
        return;
    }
    let theme = Theme::of(app);
    let eval = t.session.evaluation();

    // The strip: the session, its clock and tally, the trainer's keys.
    let tally = app.tr.f(
        "train-tally",
        &[
            (
                "met",
                eval.items.iter().filter(|i| i.status.met()).count().into(),
            ),
            ("missed", eval.missed().count().into()),
            ("pending", visible_pending(&eval).count().into()),
        ],
    );
    let clock = clock_text(app, t.session.clock(), hhmmss(sc, t.session.now()));
    let strip = Line::from(vec![
        Span::styled(
            format!(" {} ", app.tr.t("train-mark")),
            theme.warn().add_modifier(Modifier::REVERSED),
        ),
        Span::styled(format!(" {clock} "), theme.bold()),
        Span::raw(format!(" {tally}  ")),
        Span::styled(clean(sc.title.get(app.tr.lang())), theme.dim()),
    ]);

    let scene = scene_lines(t);
    let parts = areas(t, area);
    frame.render_widget(Paragraph::new(strip), parts.strip);
    if parts.scene.height > 0 {
        let lines: Vec<Line> = scene
            .into_iter()
            .map(|s| {
                Line::from(Span::styled(
                    s,
                    theme.bold().add_modifier(Modifier::REVERSED),
                ))
            })
            .collect();
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), parts.scene);
    }
    let (counter, panel, body) = (parts.counter, parts.panel, parts.body);
    render_in(app, frame, counter);
    if let Some(p) = panel {
        render_panel(t, &eval, frame, p);
    }
    if t.briefing {
        render_briefing(app, sc, frame, body);
    }
}

/// The scene: what customers say and do, and whether the one at the window
/// is done, as a cashier would see and hear it.
fn scene_lines(t: &Trainer) -> Vec<String> {
    let app = &t.app;
    let sc = t.session.scenario();
    let mut scene: Vec<String> = Vec::new();
    if let Some((inc, at)) = t.session.last_cue()
        && t.session.now() - at <= chrono::Duration::minutes(SCENE_MINUTES)
    {
        let lang = app.tr.lang();
        let mut text = format!("{} ▸ {}", hhmm(sc, at), inc.text.get(lang));
        if let Some(says) = &inc.says {
            text.push(' ');
            text.push_str(&quoted(lang, says.get(lang)));
        }
        scene.push(text);
    }
    if let Some(ticket) = t.session.done_at_window() {
        let label = t
            .session
            .state()
            .tickets
            .get(&ticket)
            .map(|x| x.label())
            .unwrap_or_default();
        scene.push(
            app.tr
                .f("train-done-at-window", &[("ticket", (&label).into())]),
        );
    }
    scene
}

/// Where the parts of the trainer's screen go.
pub struct Areas {
    pub strip: Rect,
    pub scene: Rect,
    /// Everything under the strip and the scene: the counter and the panel.
    pub body: Rect,
    pub counter: Rect,
    pub panel: Option<Rect>,
}

/// The trainer's screen laid out: the same answer for drawing and for clicks.
pub fn areas(t: &Trainer, area: Rect) -> Areas {
    let scene_rows: u16 = scene_lines(t)
        .iter()
        .map(|s| {
            (s.chars().count() as u16)
                .div_ceil(area.width.max(1))
                .max(1)
        })
        .sum::<u16>()
        .min(3)
        .min(area.height.saturating_sub(MIN_HEIGHT + 1));
    let [strip, scene, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(scene_rows),
        Constraint::Min(0),
    ])
    .areas(area);
    let (counter, panel) = if !t.panel {
        (body, None)
    } else if body.width >= SIDE_FROM {
        let [c, p] =
            Layout::horizontal([Constraint::Min(0), Constraint::Length(SIDE_PANEL)]).areas(body);
        (c, Some(p))
    } else {
        // Below the counter, leaving it room enough to stay whole.
        let rows = 7.min(body.height.saturating_sub(MIN_HEIGHT));
        let [c, p] = Layout::vertical([Constraint::Min(0), Constraint::Length(rows)]).areas(body);
        (c, (rows >= 3).then_some(p))
    };
    Areas {
        strip,
        scene,
        body,
        counter,
        panel,
    }
}

/// Cases to show as expected next: those that ask something of the trainee now.
fn visible_pending(eval: &Evaluation) -> impl Iterator<Item = &Item> {
    eval.pending().filter(|i| match &i.subject {
        Subject::Refusal { cutoff, .. } => cutoff.is_some(),
        Subject::Redirect { past } => !past.is_empty(),
        _ => true,
    })
}

fn due_of(i: &Item) -> Option<Instant> {
    match i.status {
        Status::Pending { due } => due,
        _ => None,
    }
}

fn render_panel(t: &Trainer, eval: &Evaluation, frame: &mut Frame, area: Rect) {
    let app = &t.app;
    let tr = &app.tr;
    let theme = Theme::of(app);
    let sc = t.session.scenario();
    let w = words(app, sc);
    let heading = |text: String| Line::from(Span::styled(text, theme.bold()));
    // The keys first: on a small screen the panel's end is cut off.
    let mut lines: Vec<Line> = vec![Line::from(Span::styled(
        keys_line(app, &TRAINER_KEYS),
        theme.dim(),
    ))];

    lines.push(heading(tr.t("train-expected")));
    let mut pending: Vec<&Item> = visible_pending(eval).collect();
    pending.sort_by_key(|i| (due_of(i).is_none(), due_of(i)));
    if pending.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", tr.t("train-nothing-expected")),
            theme.dim(),
        )));
    }
    for i in pending {
        lines.push(Line::from(format!("• {}", w.expectation(i))));
    }
    lines.push(heading(tr.t("train-missed")));
    let missed: Vec<&Item> = eval.missed().collect();
    if missed.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", tr.t("train-nothing-missed")),
            theme.dim(),
        )));
    }
    for i in missed {
        lines.push(Line::from(Span::styled(
            format!("✗ {} — {}", w.expectation(i), w.outcome(i)),
            theme.alert(),
        )));
    }
    lines.push(heading(tr.t("train-coming")));
    match t.session.next_incident() {
        Some((inc, at)) => lines.push(Line::from(format!(
            "{} {}",
            hhmm(sc, at),
            tr.t(&format!("cue-kind-{}", inc.kind.name()))
        ))),
        None => lines.push(Line::from(Span::styled(
            format!("  {}", tr.t("train-nothing-coming")),
            theme.dim(),
        ))),
    }
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(
            Block::default()
                .borders(Borders::TOP | Borders::LEFT)
                .title(format!(" {} ", tr.t("train-panel-title"))),
        ),
        area,
    );
}

fn render_briefing(app: &App, sc: &Scenario, frame: &mut Frame, area: Rect) {
    let tr = &app.tr;
    let theme = Theme::of(app);
    let lang = tr.lang();
    let lines = vec![
        Line::from(Span::styled(clean(sc.title.get(lang)), theme.bold())),
        Line::from(""),
        Line::from(clean(sc.briefing.get(lang))),
        Line::from(""),
        Line::from(Span::styled(tr.t("train-press-start"), theme.warn())),
    ];
    let width = area.width.saturating_sub(4).min(72);
    let inner = width.saturating_sub(2).max(1);
    let height = lines
        .iter()
        .map(|l| (l.width() as u16).div_ceil(inner).max(1))
        .sum::<u16>()
        + 2;
    let popup = centered(area, width, height);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(format!(" {} ", tr.t("train-briefing")))),
        popup,
    );
}

/// The debrief's lines as the screen shows them: the score, the checks, and
/// the timeline with what the trainee did in bold.
pub fn debrief_lines(app: &App, d: &Debrief) -> Vec<Line<'static>> {
    let theme = Theme::of(app);
    let verdict_style = if d.passed { theme.ok() } else { theme.alert() };
    let mut lines = vec![
        Line::from(Span::styled(d.heading.clone(), theme.bold())),
        Line::from(Span::styled(d.meta.clone(), theme.dim())),
        Line::from(vec![
            Span::styled(d.score.clone(), theme.bold()),
            Span::raw(" — "),
            Span::styled(
                d.verdict.clone(),
                verdict_style.add_modifier(Modifier::BOLD),
            ),
        ]),
        Line::from(""),
        Line::from(Span::styled(
            format!("── {} ──", d.labels.checks),
            theme.bold(),
        )),
    ];
    for c in &d.checks {
        let points = if c.arose {
            format!("{:>3}/{:<3}", c.points, c.weight)
        } else {
            "  —    ".into()
        };
        let style = if !c.arose {
            theme.dim()
        } else if c.met {
            theme.ok()
        } else {
            theme.alert()
        };
        lines.push(Line::from(vec![
            Span::styled(points, style),
            Span::raw(" "),
            Span::styled(c.name.clone(), theme.bold()),
            Span::raw(": "),
            Span::raw(c.result.clone()),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!("── {} ──", d.labels.timeline),
        theme.bold(),
    )));
    for r in &d.rows {
        let mut spans = vec![Span::styled(format!("{}  ", r.time), theme.dim())];
        if !r.happened.is_empty() {
            let style = if r.trainee {
                theme.bold()
            } else {
                Style::default()
            };
            spans.push(Span::styled(r.happened.clone(), style));
        }
        if !r.expected.is_empty() {
            let (sign, style) = match r.mark {
                Mark::Met => ("✓ ", theme.ok()),
                Mark::Missed => ("✗ ", theme.alert()),
                Mark::None => ("· ", Style::default()),
            };
            spans.push(Span::styled(format!("{sign}{}", r.expected), style));
        }
        lines.push(Line::from(spans));
    }
    lines
}

pub fn render_debrief(app: &App, d: &Debrief, scroll: usize, frame: &mut Frame, area: Rect) {
    let theme = Theme::of(app);
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let lines = debrief_lines(app, d);
    // Scrolling stops where the last line comes into view.
    let wrapped: usize = lines
        .iter()
        .map(|l| (l.width() as u16).div_ceil(body.width.max(1)).max(1) as usize)
        .sum();
    let top = scroll.min(wrapped.saturating_sub(body.height as usize));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((top.min(u16::MAX as usize) as u16, 0)),
        body,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(app.tr.t("debrief-keys"), theme.dim())),
        footer,
    );
}

pub fn render_replay(r: &Replay, frame: &mut Frame) {
    let area = frame.area();
    let app = &r.app;
    if too_small(app, frame, area) {
        return;
    }
    if r.debrief()
        && let (Some(sc), Some(eval)) = (&r.training, r.evaluation())
    {
        let d = debrief::build(&words(app, sc), r.events(), &eval);
        render_debrief(app, &d, r.scroll, frame, area);
        return;
    }
    let theme = Theme::of(app);
    let tz = app.hall.tz;
    let time = r.now().with_timezone(&tz).format("%H:%M:%S").to_string();
    let (n, total) = r.position();
    let position = if r.at_end() {
        app.tr.t("replay-end")
    } else {
        app.tr.f(
            "replay-position",
            &[("n", n.into()), ("total", total.into())],
        )
    };
    let strip = Line::from(vec![
        Span::styled(
            format!(" {} ", app.tr.t("replay-mark")),
            theme.warn().add_modifier(Modifier::REVERSED),
        ),
        Span::styled(
            format!(" {} ", clock_text(app, r.clock(), time)),
            theme.bold(),
        ),
        Span::raw(format!(" {position} · ")),
        Span::styled(keys_line(app, &REPLAY_KEYS), theme.dim()),
    ]);
    let scene = match (&r.training, r.last_cue()) {
        (Some(sc), Some((cue, at))) if r.now() - at <= chrono::Duration::minutes(SCENE_MINUTES) => {
            words(app, sc)
                .cue(cue)
                .map(|text| format!("{} ▸ {text}", hhmm(sc, at)))
        }
        _ => None,
    };
    let scene_rows = scene
        .as_ref()
        .map_or(0, |s| {
            (s.chars().count() as u16)
                .div_ceil(area.width.max(1))
                .clamp(1, 3)
        })
        .min(area.height.saturating_sub(MIN_HEIGHT + 1));
    let [strip_area, scene_area, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(scene_rows),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(strip), strip_area);
    if let Some(s) = scene
        && scene_rows > 0
    {
        frame.render_widget(
            Paragraph::new(Span::styled(
                s,
                theme.bold().add_modifier(Modifier::REVERSED),
            ))
            .wrap(Wrap { trim: true }),
            scene_area,
        );
    }
    render_in(app, frame, body);
}
