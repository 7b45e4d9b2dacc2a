//! frontdesk: queue and break management for a service hall, so that no window
//! ever closes in a waiting customer's face.
//!
//! The layers, top to bottom; a module only uses those at its level or below:
//! - [`cli`]: the command line, one module per command group;
//! - [`tui`]: the terminal screens (event loops, the app state machine, render);
//! - [`views`]: read models and words that screens and commands share;
//! - the core: [`setup`], [`config`], [`access`], [`store`], [`staffing`], [`sim`], [`plan`],
//!   [`phrases`], [`playbooks`], [`scenario`], [`feedback`], [`report`], [`demo`] and the small helpers
//!   ([`clock`], [`i18n`], [`refusals`], [`text`], [`tomlfile`], [`whoami`]);
//! - [`domain`]: the pure rules every other layer stands on.

pub mod cli;
pub mod tui;
pub mod views;

pub mod access;
pub mod clock;
pub mod config;
pub mod demo;
pub mod feedback;
pub mod i18n;
pub mod phrases;
pub mod plan;
pub mod playbooks;
pub mod print;
pub mod refusals;
pub mod report;
pub mod scenario;
pub mod setup;
pub mod sim;
pub mod staffing;
pub mod store;
pub mod text;
pub mod textfile;
pub mod tomlfile;
pub mod voice;
pub mod whoami;

pub mod domain;
