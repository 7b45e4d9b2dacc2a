//! frontdesk: queue and break management for a service hall, so that no window
//! ever closes in a waiting customer's face.

pub mod app;
pub mod bench;
pub mod board;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod describe;
pub mod domain;
pub mod i18n;
pub mod notice;
pub mod phrases;
pub mod plan;
pub mod planner;
pub mod playbooks;
pub mod run;
pub mod scenario;
pub mod setup;
pub mod sim;
pub mod simulate;
pub mod staffing;
pub mod store;
pub mod store_cmd;
pub mod text;
pub mod textfile;
pub mod tomlfile;
pub mod train;
pub mod tui;
pub mod ui;
pub mod view;
pub mod waits;
