//! Trainer mode from the command line: list the scenarios, check a file, run a
//! session on a screen or headless from a key script, record it as an event
//! log, export its debrief, and replay a recorded log.

use crate::cli::{Global, ReplayArgs, TrainArgs};
use crate::domain::{Event, Recorded, State};
use crate::i18n::{Arg, Lang, Tr};
use crate::phrases::Phrasebook;
use crate::playbooks::Playbook;
use crate::scenario::session::Session;
use crate::scenario::{self, Scenario};
use crate::setup::{self, Places};
use crate::store::Log;
use crate::tui::app::App;
use crate::tui::app::replay::Replay;
use crate::tui::app::trainer::Trainer;
use crate::views::debrief::{self, Words};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Everything that stops trainer mode is bad input of some kind: a file, a
/// name, a log. The message is one line, ready for the terminal.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TrainError(pub String);

fn bad(e: impl std::fmt::Display) -> TrainError {
    TrainError(e.to_string())
}

/// The words and decision flows the trainee's counter offers (a hall's own
/// beside its config, as at the real counter), the translator, and where the
/// trainer's own scenarios are.
struct Ground {
    places: Places,
    tr: Tr,
    playbooks: Vec<Playbook>,
}

impl Ground {
    fn new(global: &Global) -> Result<Ground, TrainError> {
        let places = Places::resolve(&global.choice()).map_err(bad)?;
        let config_lang = match &places.config {
            Some(path) => Some(crate::config::load(path).map_err(bad)?.language),
            None => None,
        };
        let lang = global
            .lang
            .and_then(crate::cli::LangChoice::one)
            .or_else(|| config_lang.as_deref().and_then(Lang::parse))
            .unwrap_or(Lang::En);
        let (_, playbooks) = setup::scripts(&places).map_err(bad)?;
        Ok(Ground {
            places,
            tr: Tr::new(lang),
            playbooks,
        })
    }

    /// The phrases, read afresh: each screen keeps its own catalogue.
    fn phrases(&self) -> Result<Phrasebook, TrainError> {
        setup::scripts(&self.places).map(|(p, _)| p).map_err(bad)
    }

    fn scenarios_dir(&self) -> Option<PathBuf> {
        self.places.config_dir().map(|d| d.join("scenarios"))
    }

    fn app(
        &self,
        hall: crate::domain::Hall,
        now: crate::domain::Instant,
    ) -> Result<App, TrainError> {
        let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let mut app = App::new(Tr::new(self.tr.lang()), hall, &State::new(), now, colour);
        app.phrases = self.phrases()?;
        app.playbooks = self.playbooks.clone();
        Ok(app)
    }
}

/// Prints a line; a reader that went away ends the output quietly.
fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}").and_then(|_| out.flush());
}

/// How a debrief is written, by the file's extension.
#[derive(Copy, Clone, PartialEq)]
enum Format {
    Markdown,
    Html,
}

fn format_of(tr: &Tr, path: &Path) -> Result<Format, TrainError> {
    let ext = path
        .extension()
        .map(|x| x.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("md") | Some("markdown") => Ok(Format::Markdown),
        Some("html") | Some("htm") => Ok(Format::Html),
        _ => Err(TrainError(tr.f(
            "train-debrief-format",
            &[("file", (&path.display().to_string()).into())],
        ))),
    }
}

fn write_debrief(
    words: &Words,
    events: &[Recorded],
    path: &Path,
    format: Format,
) -> Result<(), TrainError> {
    let tr = words.tr;
    let scenario = words.scenario;
    let end = events.last().map_or(scenario.end, |r| r.at);
    let eval = scenario::score::evaluate(scenario, events, end, true);
    let d = debrief::build(words, events, &eval);
    let text = match format {
        Format::Markdown => debrief::markdown(&d),
        Format::Html => debrief::html(&d),
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| bad(format!("{}: {e}", dir.display())))?;
    }
    std::fs::write(path, text).map_err(|e| bad(format!("{}: {e}", path.display())))?;
    say(&tr.f(
        "train-debrief-written",
        &[("file", (&path.display().to_string()).into())],
    ));
    Ok(())
}

/// `frontdesk train`: the list, a check, or a session.
pub fn train(global: &Global, args: &TrainArgs) -> Result<(), TrainError> {
    let ground = Ground::new(global)?;
    let tr = &ground.tr;
    if let Some(file) = &args.check {
        let sc = scenario::load(file, &ground.playbooks).map_err(bad)?;
        say(&tr.f(
            "train-check-ok",
            &[
                ("file", (&file.display().to_string()).into()),
                ("id", (&sc.id).into()),
                ("arrivals", sc.arrivals.len().into()),
                ("incidents", sc.incidents.len().into()),
                ("checks", sc.scoring.checks.len().into()),
            ],
        ));
        return Ok(());
    }
    let dir = ground.scenarios_dir();
    let Some(name) = &args.name else {
        let all = scenario::catalogue(dir.as_deref(), &ground.playbooks).map_err(bad)?;
        say(&tr.t("train-list-header"));
        let width = all.iter().map(|s| s.id.chars().count()).max().unwrap_or(0);
        for s in &all {
            let minutes = (s.end - s.start).num_minutes();
            let mut line = format!(
                "  {:<width$}  {} ({})",
                s.id,
                s.title.get(tr.lang()),
                tr.f("train-list-minutes", &[("minutes", Arg::Num(minutes))])
            );
            if !s.shipped() {
                let file = crate::text::clean(&s.file);
                line.push_str(&format!(" · {}: {file}", tr.t("train-list-own")));
            }
            say(&line);
        }
        return Ok(());
    };
    let sc = scenario::find(name, dir.as_deref(), &ground.playbooks).map_err(bad)?;
    let export = match &args.debrief {
        Some(p) => Some((p.clone(), format_of(tr, p)?)),
        None => None,
    };
    let script = match &args.keys {
        Some(path) => {
            let src = crate::textfile::read(path, &path.display().to_string()).map_err(bad)?;
            Some(crate::tui::keyscript::parse(&src, &path.display().to_string()).map_err(bad)?)
        }
        None => None,
    };
    let mut session = Session::start(&sc, args.seed).map_err(|f| {
        bad(format!(
            "{}: the hall refuses the scenario's start: {}",
            sc.file,
            crate::views::describe::refusal(tr, &sc.config.hall, &f.refusal)
        ))
    })?;
    if let Some(speed) = args.speed {
        session.clock_mut().set_speed(speed);
    }
    let path = record_path(&ground, &sc, args.record.as_deref())?;
    let mut log = Log::open(&path, sc.config.hall.clone()).map_err(bad)?;
    // The session's log names the trainer who ran it.
    log.act_as(&crate::whoami::current().user);
    crate::scenario::session::save(&mut log, &mut session).map_err(bad)?;
    let mut trainer = Trainer::new(ground.app(sc.config.hall.clone(), sc.start)?, session);
    match &script {
        Some(script) => {
            crate::tui::keyscript::play(&mut trainer, script);
            crate::scenario::session::save(&mut log, &mut trainer.session).map_err(bad)?;
            print_score(&trainer);
        }
        None => {
            trainer.briefing = true;
            trainer.session.clock_mut().set_paused(true);
            crate::tui::trainer::run_trainer(&mut trainer, &mut log).map_err(bad)?;
            crate::scenario::session::save(&mut log, &mut trainer.session).map_err(bad)?;
        }
    }
    say(&tr.f(
        "train-recorded",
        &[("file", (&path.display().to_string()).into())],
    ));
    if let Some((p, format)) = export
        && trainer.session.ended()
    {
        let app = &trainer.app;
        let words = Words {
            tr: &app.tr,
            scenario: &sc,
            playbooks: &app.playbooks,
            phrases: &app.phrases,
        };
        write_debrief(&words, trainer.session.events(), &p, format)?;
    }
    Ok(())
}

/// The score and each check, as a headless run prints them.
fn print_score(t: &Trainer) {
    let sc = t.session.scenario();
    let eval = t.session.evaluation();
    let words = Words {
        tr: &t.app.tr,
        scenario: sc,
        playbooks: &t.app.playbooks,
        phrases: &t.app.phrases,
    };
    let d = debrief::build(&words, t.session.events(), &eval);
    say(&format!("{} — {}", d.score, d.verdict));
    for c in &d.checks {
        let points = if c.arose {
            format!("{:>3}/{:<3}", c.points, c.weight)
        } else {
            "  —    ".into()
        };
        say(&format!("  {points} {}: {}", c.name, c.result));
    }
}

/// A fresh log file for the session: the one asked for, which must not exist
/// yet, or a new one under the data directory's `training/`.
fn record_path(
    ground: &Ground,
    sc: &Scenario,
    asked: Option<&Path>,
) -> Result<PathBuf, TrainError> {
    if let Some(p) = asked {
        if p.exists() {
            return Err(TrainError(ground.tr.f(
                "train-record-exists",
                &[("file", (&p.display().to_string()).into())],
            )));
        }
        return Ok(p.to_path_buf());
    }
    // The real clock only names the file; nothing scored reads it.
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let dir = ground.places.data_dir.join("training");
    let mut path = dir.join(format!("{}-{stamp}.sqlite", sc.id));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{}-{stamp}-{n}.sqlite", sc.id));
        n += 1;
    }
    Ok(path)
}

/// The scenario a training session's log recorded at its start, if it is one.
fn recorded_scenario(
    events: &[Recorded],
    playbooks: &[Playbook],
    file: &str,
) -> Result<Option<Scenario>, TrainError> {
    let Some(Event::TrainingStarted {
        scenario, source, ..
    }) = events.first().map(|r| &r.event)
    else {
        return Ok(None);
    };
    // Named after its id, as a scenario file must be; errors say which log.
    scenario::parse(source, &format!("{scenario}.toml"), playbooks)
        .map(Some)
        .map_err(|e| {
            bad(format!(
                "{file}: the scenario recorded in it does not read: {e}"
            ))
        })
}

/// `frontdesk replay FILE`: plays a log back on the screens, or writes the
/// debrief of a training session's log.
pub fn replay(global: &Global, args: &ReplayArgs) -> Result<(), TrainError> {
    let ground = Ground::new(global)?;
    let tr = &ground.tr;
    let path = &args.file;
    let shown = path.display().to_string();
    if !path.is_file() {
        return Err(TrainError(
            tr.f("train-no-file", &[("file", (&shown).into())]),
        ));
    }
    let config =
        setup::load_config(&ground.places, crate::clock::Clock::system().now()).map_err(bad)?;
    let log = Log::open_as(path, config.hall.clone(), crate::store::Access::Read).map_err(bad)?;
    let events = log.events(0, usize::MAX).map_err(bad)?;
    let training = recorded_scenario(&events, &ground.playbooks, &shown)?;
    if let Some(out) = &args.debrief {
        let format = format_of(tr, out)?;
        let Some(sc) = &training else {
            return Err(TrainError(
                tr.f("replay-not-training", &[("file", (&shown).into())]),
            ));
        };
        let phrases = ground.phrases()?;
        let words = Words {
            tr,
            scenario: sc,
            playbooks: &ground.playbooks,
            phrases: &phrases,
        };
        return write_debrief(&words, &events, out, format);
    }
    let hall = training
        .as_ref()
        .map_or(config.hall.clone(), |s| s.config.hall.clone());
    let first = events.first().map(|r| r.at).unwrap_or_default();
    let app = ground.app(hall, first)?;
    let mut replay = Replay::new(app, shown, events, training, args.speed);
    crate::tui::trainer::run_replay(&mut replay).map_err(bad)
}
