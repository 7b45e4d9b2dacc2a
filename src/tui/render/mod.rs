//! Ratatui render functions, one module per screen. Rendering is a pure function
//! of the app state, so screens are tested with `TestBackend` snapshots.

pub mod board;
mod buttons;
pub mod counter;
pub mod feedback;
pub mod font;
pub mod kiosk;
pub mod overview;
mod panels;
pub mod planner;
mod prompt;
pub mod report;
pub mod survey;
pub mod trainer;

use crate::tui::app::{App, Screen};
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Paragraph, Wrap};

/// Below this the screens cannot say anything useful; a notice is drawn instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

pub fn render(app: &App, frame: &mut Frame) {
    render_in(app, frame, frame.area());
}

/// Draws the app's screen and any open panel inside `area`; trainer mode keeps
/// a strip of its own around it.
pub fn render_in(app: &App, frame: &mut Frame, area: Rect) {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = Paragraph::new(app.tr.t("too-small")).wrap(Wrap { trim: true });
        frame.render_widget(msg, area);
        return;
    }
    match app.screen {
        Screen::Overview => overview::render(app, frame, area),
        Screen::Counter(_) => counter::render(app, frame, area),
        Screen::Planner => planner::render(app, frame, area),
    }
    if let Some(modal) = &app.modal {
        panels::render(app, modal, frame, area);
    }
}

/// Styles that fall back to plain text when colour is off: every state is also
/// written out in words, so nothing depends on colour alone.
pub struct Theme {
    colour: bool,
}

impl Theme {
    pub fn of(app: &App) -> Theme {
        Theme { colour: app.colour }
    }

    fn fg(&self, c: Color) -> Style {
        if self.colour {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    }

    pub fn bold(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    pub fn ok(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn alert(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.colour {
            Style::default().fg(Color::DarkGray)
        } else {
            Style::default()
        }
    }

    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}

/// The actions on show this user may not take: their buttons are marked.
fn marked(app: &App) -> Vec<crate::tui::app::Action> {
    app.unavailable.iter().map(|(a, _)| a.clone()).collect()
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [v] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [h] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(v);
    h
}
