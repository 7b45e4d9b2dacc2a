//! Mystery-shopper checklists: what an auditor checks on a visit to the hall,
//! each item with its weight, in the four languages. A hall writes its own as
//! a TOML file; the shipped one (`assets/checklists/mystery-shopper.toml`)
//! covers the greeting, the warning before a break, the phrases used, the
//! cutoff honoured, the redirect and the apology. A broken file is reported as
//! one line, `file:line:col: key: message`, as the hall config is.
//!
//! Pure: the caller reads the file and hands over its text.

use crate::domain::{AuditMark, Mark};
use crate::i18n::Texts;
use crate::tomlfile::{Located, RawTexts, Source};
use serde::Deserialize;
use thiserror::Error;
use toml::Spanned;

/// The shipped checklist, embedded in the binary.
pub const SHIPPED: &str = include_str!("../../assets/checklists/mystery-shopper.toml");
pub const SHIPPED_FILE: &str = "checklists/mystery-shopper.toml";

/// The heaviest an item may weigh: a checklist is read as a whole.
const MAX_WEIGHT: i64 = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub weight: u32,
    pub text: Texts,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Checklist {
    pub id: String,
    pub title: Texts,
    pub items: Vec<Item>,
}

#[derive(Debug, Error, PartialEq)]
pub enum ChecklistError {
    #[error("{file}:{line}:{col}: {}{message}", crate::tomlfile::key_prefix(.key))]
    Invalid {
        file: String,
        line: usize,
        col: usize,
        key: String,
        message: String,
    },
}

/// Why an auditor's marks do not fit the checklist; each names the item.
#[derive(Debug, Error, PartialEq)]
pub enum MarkError {
    #[error("no item {0}")]
    Unknown(String),
    #[error("item {0} is not marked")]
    Missing(String),
    #[error("item {0} is marked more than once")]
    Twice(String),
}

impl From<Located> for ChecklistError {
    fn from(l: Located) -> Self {
        ChecklistError::Invalid {
            file: l.file,
            line: l.line,
            col: l.col,
            key: l.key,
            message: l.message,
        }
    }
}

type Ctx<'a> = Source<'a, ChecklistError>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawChecklist {
    id: Spanned<String>,
    title: RawTexts,
    items: Spanned<Vec<RawItem>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawItem {
    id: Spanned<String>,
    weight: Option<Spanned<i64>>,
    text: RawTexts,
}

/// Parses a checklist; `file` names it in errors, and its stem must be the id.
pub fn parse(src: &str, file: &str) -> Result<Checklist, ChecklistError> {
    let cx = Ctx::new(src, file);
    let de = toml::Deserializer::parse(src).map_err(|e| cx.syntax_error(&e))?;
    let raw: RawChecklist = serde_path_to_error::deserialize(de).map_err(|e| cx.serde_error(e))?;
    let id = cx.file_id(&raw.id)?;
    let title = cx.texts(&raw.title, "title")?;
    if raw.items.get_ref().is_empty() {
        return Err(cx.at(&raw.items, "items", "must list at least one item"));
    }
    let mut items: Vec<Item> = Vec::new();
    for (i, item) in raw.items.get_ref().iter().enumerate() {
        let key = format!("items[{i}]");
        let item_id = cx.kebab(&item.id, &format!("{key}.id"))?;
        if items.iter().any(|x| x.id == item_id) {
            return Err(cx.at(
                &item.id,
                &format!("{key}.id"),
                &format!("item {item_id:?} is listed twice"),
            ));
        }
        let weight = match &item.weight {
            None => 1,
            Some(w) if (1..=MAX_WEIGHT).contains(w.get_ref()) => *w.get_ref() as u32,
            Some(w) => {
                return Err(cx.at(
                    w,
                    &format!("{key}.weight"),
                    &format!("must be between 1 and {MAX_WEIGHT}, got {}", w.get_ref()),
                ));
            }
        };
        items.push(Item {
            id: item_id,
            weight,
            text: cx.texts(&item.text, &format!("{key}.text"))?,
        });
    }
    Ok(Checklist { id, title, items })
}

/// The shipped checklist. It is embedded and tested, so a failure here is a
/// bug in the build.
pub fn shipped() -> Checklist {
    match parse(SHIPPED, SHIPPED_FILE) {
        Ok(c) => c,
        Err(e) => panic!("the shipped checklist is invalid: {e}"),
    }
}

impl Checklist {
    /// An auditor's marks by item id, checked against the checklist: every
    /// item marked once, none unknown. Weights come from the checklist.
    pub fn mark(&self, given: &[(String, Mark)]) -> Result<Vec<AuditMark>, MarkError> {
        if let Some((id, _)) = given.iter().find(|(id, _)| self.item(id).is_none()) {
            return Err(MarkError::Unknown(crate::text::clean(id)));
        }
        let mut out = Vec::new();
        for item in &self.items {
            let marks: Vec<Mark> = given
                .iter()
                .filter(|(id, _)| *id == item.id)
                .map(|(_, m)| *m)
                .collect();
            match marks.as_slice() {
                [m] => out.push(AuditMark {
                    item: item.id.clone(),
                    weight: item.weight,
                    mark: *m,
                }),
                [] => return Err(MarkError::Missing(item.id.clone())),
                _ => return Err(MarkError::Twice(item.id.clone())),
            }
        }
        Ok(out)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.items.iter().map(|i| i.id.as_str()).collect()
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_checklist_covers_the_seed() {
        let c = shipped();
        for id in [
            "greeting",
            "break-warning",
            "phrases",
            "cutoff-honoured",
            "redirect",
            "apology",
        ] {
            assert!(c.item(id).is_some(), "the shipped checklist has no {id}");
        }
    }

    #[test]
    fn a_broken_file_names_its_place() {
        let src = "id = \"x\"\n[title]\nen = \"a\"\nhu = \"b\"\nru = \"c\"\nuk = \"d\"\n[[items]]\nid = \"greeting\"\nweight = 0\ntext = { en = \"a\", hu = \"b\", ru = \"c\", uk = \"d\" }\n";
        let e = parse(src, "x.toml").err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("x.toml:9:10: items[0].weight: must be between 1 and 100, got 0")
        );
        let e = parse("id = \"x\"\nitems = [", "x.toml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.starts_with("x.toml:2:"), "{e}");
    }

    #[test]
    fn marks_must_fit_the_checklist() {
        let c = shipped();
        let mut all: Vec<(String, Mark)> = c
            .ids()
            .iter()
            .map(|id| (id.to_string(), Mark::Yes))
            .collect();
        assert!(c.mark(&all).is_ok());
        all.push(("smile".into(), Mark::Yes));
        assert_eq!(c.mark(&all), Err(MarkError::Unknown("smile".into())));
        all.pop();
        all.push(("apology".into(), Mark::No));
        assert_eq!(c.mark(&all), Err(MarkError::Twice("apology".into())));
        all.pop();
        all.pop();
        assert_eq!(c.mark(&all), Err(MarkError::Missing("apology".into())));
    }
}
