//! The ticket dispenser on a real terminal (a touch screen: a touch arrives
//! as a mouse click): draws it full screen, turns touches and keys into
//! actions, issues tickets on the log with the kiosk's name as their origin,
//! prints them on a thread of their own so a slow printer never freezes the
//! screen, records the printer's failures and recovery in the log (the
//! supervisor's overview shows them), follows other terminals' writes within
//! a fifth of a second, and restores the terminal on every way out. A
//! customer cannot leave it: only the configured key sequence or a signal
//! ends it.

use crate::clock::Clock;
use crate::config::Printer;
use crate::domain::{Command, Event};
use crate::i18n::{Lang, Tr};
use crate::setup::Opened;
use crate::store::ExecError;
use crate::tui::app::kiosk::{Kiosk, KioskEffect, key_action};
use crate::tui::render::kiosk::{self as render, Look};
use crate::views::describe;
use crate::views::kiosk::{offer, slip, slip_text};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event as TermEvent, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant as StdInstant};

/// How often the log is checked for other terminals' writes.
const POLL: Duration = Duration::from_millis(200);

/// What the kiosk is set up with, besides the hall.
pub struct Setup {
    pub langs: Vec<Lang>,
    pub origin: String,
    pub printer: Option<Printer>,
}

/// Runs the kiosk until its quit sequence or a signal.
pub fn run(mut opened: Opened, clock: Clock, setup: Setup) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let look = Look {
        colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let cfg = opened.config.kiosk.clone();
    let hall = opened.log.hall().clone();
    let mut kiosk = Kiosk::new(
        &hall,
        opened.log.state(),
        clock.now(),
        cfg.services.clone(),
        setup.langs.clone(),
        cfg.quit.as_deref(),
        setup.printer.is_some(),
        cfg.show_seconds,
    );
    let printer = setup.printer.clone().map(start_printer);
    // A device that is not there at all is a failure to show from the start.
    if let Some(Printer::Device(path)) = &setup.printer
        && !path.exists()
    {
        let e = format!("{}: not found", path.display());
        kiosk.printed(Err(e.clone()));
        report_printer(&mut opened, clock, &setup.origin, Some(e));
    }
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let done = Arc::new(AtomicBool::new(false));
    crate::tui::watch_for_hangup(Arc::clone(&stop), Arc::clone(&done));
    let mut lp = Loop {
        opened: &mut opened,
        clock,
        origin: &setup.origin,
        printer: printer.as_ref(),
        started: StdInstant::now(),
    };
    let result = lp.run(&mut terminal, &mut kiosk, look, &stop);
    done.store(true, Ordering::Relaxed);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// The printer's thread: tickets in, results out, one at a time.
struct PrinterLine {
    jobs: Sender<Vec<u8>>,
    results: Receiver<Result<(), String>>,
}

fn start_printer(printer: Printer) -> PrinterLine {
    let (jobs, rx) = channel::<Vec<u8>>();
    let (tx, results) = channel();
    std::thread::spawn(move || {
        while let Ok(bytes) = rx.recv() {
            if tx.send(crate::print::print(&printer, &bytes)).is_err() {
                break;
            }
        }
    });
    PrinterLine { jobs, results }
}

/// Records how the printer is; only a change reaches the log.
fn report_printer(opened: &mut Opened, clock: Clock, origin: &str, error: Option<String>) {
    let cmd = Command::ReportPrinter {
        kiosk: origin.to_string(),
        error: error.map(|e| crate::text::clean(&e)),
    };
    // The log being busy must not stop the kiosk; the next ticket reports again.
    let _ = opened.log.execute(&cmd, clock.now(), None, origin);
}

struct Loop<'a> {
    opened: &'a mut Opened,
    clock: Clock,
    origin: &'a str,
    printer: Option<&'a PrinterLine>,
    started: StdInstant,
}

impl Loop<'_> {
    fn mono(&self) -> Duration {
        self.started.elapsed()
    }

    fn run(
        &mut self,
        terminal: &mut DefaultTerminal,
        kiosk: &mut Kiosk,
        look: Look,
        stop: &AtomicBool,
    ) -> io::Result<()> {
        let mut dirty = true;
        let mut last_second = self.clock.now().timestamp();
        let mut last_poll = StdInstant::now();
        while !stop.load(Ordering::Relaxed) {
            if dirty {
                terminal.draw(|f| render::render(kiosk, look, f))?;
                dirty = false;
            }
            let wait = POLL.saturating_sub(last_poll.elapsed());
            if event::poll(wait)? {
                let actions = match event::read()? {
                    TermEvent::Key(key) => key_action(kiosk, key),
                    TermEvent::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
                        let size = terminal.size()?;
                        let area = Rect::new(0, 0, size.width, size.height);
                        render::clicked(kiosk, area, m.column, m.row)
                            .into_iter()
                            .collect()
                    }
                    TermEvent::Resize(_, _) => {
                        dirty = true;
                        vec![]
                    }
                    _ => vec![],
                };
                for action in actions {
                    match kiosk.update(action, self.mono()) {
                        Some(KioskEffect::Quit) => return Ok(()),
                        Some(KioskEffect::Issue { offer, lang }) => self.issue(kiosk, &offer, lang),
                        None => {}
                    }
                    dirty = true;
                }
            }
            if let Some(p) = self.printer {
                while let Ok(result) = p.results.try_recv() {
                    let error = result.as_ref().err().cloned();
                    kiosk.printed(result);
                    report_printer(self.opened, self.clock, self.origin, error);
                    dirty = true;
                }
            }
            let now = self.clock.now();
            let mut changed = false;
            if last_poll.elapsed() >= POLL {
                last_poll = StdInstant::now();
                // A log we cannot read just now is shown as it was; the next poll retries.
                changed = self.opened.log.refresh().unwrap_or(false);
            }
            if changed || now.timestamp() != last_second {
                last_second = now.timestamp();
                kiosk.refresh(
                    self.opened.log.hall(),
                    self.opened.log.state(),
                    now,
                    self.mono(),
                );
                dirty = true;
            }
        }
        Ok(())
    }

    /// One press, one ticket: decided afresh on the log, shown, and printed.
    fn issue(&mut self, kiosk: &mut Kiosk, pressed: &crate::views::kiosk::Offer, lang: Lang) {
        let now = self.clock.now();
        let mono = self.mono();
        let _ = self.opened.log.refresh();
        let hall = self.opened.log.hall().clone();
        // What the button said a moment ago may have changed since: ask again.
        let Some(fresh) = offer(&hall, self.opened.log.state(), &pressed.code, now) else {
            return;
        };
        if !fresh.issues() {
            let tr = Tr::new(lang);
            kiosk.failed(crate::views::kiosk::refusal_text(&tr, &fresh), mono);
            return;
        }
        let cmd = Command::IssueTicket {
            service: fresh.code.clone(),
            window: None,
        };
        let recorded = match self.opened.log.execute(&cmd, now, None, self.origin) {
            Ok(r) => r,
            Err(ExecError::Refused(r)) => {
                kiosk.failed(describe::refusal(&Tr::new(lang), &hall, &r), mono);
                return;
            }
            Err(ExecError::Store(e)) => {
                kiosk.failed(e.to_string(), mono);
                return;
            }
        };
        let state = self.opened.log.state();
        let ticket = recorded.iter().find_map(|r| match &r.event {
            Event::TicketIssued { ticket, .. } => state.tickets.get(ticket),
            _ => None,
        });
        let Some(ticket) = ticket else {
            return;
        };
        let slip = slip(&hall, state, ticket, &fresh);
        if let Some(p) = self.printer {
            let bytes = crate::print::escpos::ticket(&slip_text(&Tr::new(lang), &slip), lang);
            if p.jobs.send(bytes).is_err() {
                kiosk.printed(Err("the printer's thread has stopped".into()));
            }
        }
        kiosk.issued(slip, lang, mono);
        kiosk.refresh(&hall, self.opened.log.state(), now, mono);
    }
}
