//! `frontdesk config check|init|path`: the hall's config file.

use super::args::{Cli, ConfigCmd};
use super::failure::Failure;
use super::input::translator;
use crate::config;
use crate::setup::Places;

pub fn run(cli: &Cli, c: &ConfigCmd) -> Result<(), Failure> {
    let places = Places::resolve(&cli.global.choice())?;
    let tr = translator(cli, None);
    match c {
        ConfigCmd::Check { file } => {
            let path = file
                .clone()
                .or(places.config.clone())
                .ok_or_else(|| Failure::Bad(tr.t("config-none")))?;
            let cfg = config::load(&path).map_err(|e| Failure::Bad(e.to_string()))?;
            say!(
                "{}",
                tr.f(
                    "config-ok",
                    &[
                        ("file", (&path.display().to_string()).into()),
                        ("hall", (&cfg.hall.name).into()),
                        ("windows", cfg.hall.windows.len().into()),
                        ("services", cfg.hall.services.len().into()),
                    ],
                )
            );
            say!("{}", access_line(&tr, &cfg.access));
            // A log on a shared host is the hall's staff's, not every user's.
            let log = places.data_dir.join("hall.sqlite");
            if let Some(mode) = crate::store::world_readable(&log) {
                say!(
                    "{}",
                    tr.f(
                        "config-log-readable",
                        &[
                            ("file", (&log.display().to_string()).into()),
                            ("mode", (&format!("{mode:o}")).into()),
                        ],
                    )
                );
            }
            Ok(())
        }
        ConfigCmd::Init { file, force } => {
            let path = file
                .clone()
                .or(places.default_config.clone())
                .ok_or_else(|| Failure::Bad(tr.t("config-none")))?;
            if path.exists() && !force {
                return Err(Failure::Bad(tr.f(
                    "config-exists",
                    &[("file", (&path.display().to_string()).into())],
                )));
            }
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&path, config::STARTER)
                .map_err(|e| Failure::Bad(format!("{}: {e}", path.display())))?;
            say!(
                "{}",
                tr.f(
                    "config-written",
                    &[("file", (&path.display().to_string()).into())]
                )
            );
            Ok(())
        }
        ConfigCmd::Path => {
            let shown = |p: &Option<std::path::PathBuf>| {
                p.as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "-".into())
            };
            say!(
                "config: {}",
                shown(&places.config.clone().or(places.default_config.clone()))
            );
            say!(
                "in use: {}",
                places
                    .config
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| tr.t("config-demo"))
            );
            say!("data:   {}", places.data_dir.display());
            say!("log:    {}", places.log_path().display());
            Ok(())
        }
    }
}

/// One line on who may do what in this hall.
fn access_line(tr: &crate::i18n::Tr, rules: &crate::access::Rules) -> String {
    match rules {
        crate::access::Rules::Open => tr.t("config-access-open"),
        crate::access::Rules::Roles(g) => tr.f(
            "config-access-on",
            &[
                ("users", g.users.len().into()),
                ("groups", g.groups.len().into()),
            ],
        ),
    }
}
