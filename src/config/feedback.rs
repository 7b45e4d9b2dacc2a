//! The config's `[feedback]` table: the time limits of the complaint-handling
//! process in working days, which days the office works, the hall's own
//! categories, and how long the survey screen waits.

use super::{ConfigError, Ctx, check_between};
use crate::feedback::Calendar;
use crate::feedback::rules::{BUILT_IN, Category, Rules};
use chrono::{NaiveDate, Weekday};
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
pub(super) struct RawFeedback {
    acknowledge_within_days: Option<Spanned<i64>>,
    answer_within_days: Option<Spanned<i64>>,
    close_within_days: Option<Spanned<i64>>,
    working_days: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    holidays: Vec<Spanned<toml::Value>>,
    survey_ask_seconds: Option<Spanned<i64>>,
    survey_thanks_seconds: Option<Spanned<i64>>,
    #[serde(default)]
    categories: Vec<RawCategory>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table")]
struct RawCategory {
    id: Spanned<String>,
    name: Spanned<String>,
}

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

pub(super) fn check(cx: &Ctx, raw: Option<RawFeedback>) -> Result<Rules, ConfigError> {
    let d = Rules::default();
    let Some(f) = raw else {
        return Ok(d);
    };
    let days = |v: &Option<Spanned<i64>>, key: &str, default: u32| match v {
        // A limit beyond two months of working days is a typo, not a promise.
        Some(v) => check_between(cx, v, key, 0, 60).map(|n| n as u32),
        None => Ok(default),
    };
    let acknowledge_days = days(
        &f.acknowledge_within_days,
        "feedback.acknowledge_within_days",
        d.acknowledge_days,
    )?;
    let answer_days = days(
        &f.answer_within_days,
        "feedback.answer_within_days",
        d.answer_days,
    )?;
    if let Some(v) = &f.answer_within_days
        && answer_days < acknowledge_days
    {
        return Err(cx.at(
            v,
            "feedback.answer_within_days",
            &format!("must not be less than acknowledge_within_days ({acknowledge_days})"),
        ));
    }
    let close_days = match &f.close_within_days {
        None => None,
        Some(v) => {
            let n = check_between(cx, v, "feedback.close_within_days", 0, 60)? as u32;
            if n < answer_days {
                return Err(cx.at(
                    v,
                    "feedback.close_within_days",
                    &format!("must not be less than answer_within_days ({answer_days})"),
                ));
            }
            Some(n)
        }
    };
    let working = match &f.working_days {
        None => vec![
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ],
        Some(list) => {
            if list.get_ref().is_empty() {
                return Err(cx.at(list, "feedback.working_days", "must list at least one day"));
            }
            let mut out = Vec::new();
            for (i, day) in list.get_ref().iter().enumerate() {
                let key = format!("feedback.working_days[{i}]");
                let name = day.get_ref().trim().to_ascii_lowercase();
                let Some((_, wd)) = DAYS.iter().find(|(n, _)| *n == name) else {
                    return Err(cx.at(
                        day,
                        &key,
                        &format!(
                            "unknown day {:?}; expected one of mon, tue, wed, thu, fri, sat, sun",
                            day.get_ref()
                        ),
                    ));
                };
                if out.contains(wd) {
                    return Err(cx.at(day, &key, &format!("{name} is listed twice")));
                }
                out.push(*wd);
            }
            out
        }
    };
    let mut holidays = Vec::new();
    for (i, h) in f.holidays.iter().enumerate() {
        let key = format!("feedback.holidays[{i}]");
        let day = match h.get_ref() {
            toml::Value::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
            toml::Value::Datetime(toml::value::Datetime {
                date: Some(dt),
                time: None,
                offset: None,
            }) => NaiveDate::from_ymd_opt(dt.year.into(), dt.month.into(), dt.day.into()),
            _ => None,
        };
        match day {
            Some(day) => holidays.push(day),
            None => {
                return Err(cx.at(
                    h,
                    &key,
                    &format!("expected a date as \"YYYY-MM-DD\", got {}", h.get_ref()),
                ));
            }
        }
    }
    let seconds = |v: &Option<Spanned<i64>>, key: &str, lo, hi, default: u32| match v {
        Some(v) => check_between(cx, v, key, lo, hi).map(|n| n as u32),
        None => Ok(default),
    };
    let mut own: Vec<Category> = Vec::new();
    for (i, c) in f.categories.iter().enumerate() {
        let key = format!("feedback.categories[{i}]");
        let id = cx.kebab(&c.id, &format!("{key}.id"))?;
        if BUILT_IN.contains(&id.as_str()) || own.iter().any(|x| x.id == id) {
            return Err(cx.at(
                &c.id,
                &format!("{key}.id"),
                &format!("category {id:?} already exists"),
            ));
        }
        let name = super::clean_name(cx, &c.name, &format!("{key}.name"))?;
        own.push(Category { id, name });
    }
    Ok(Rules {
        acknowledge_days,
        answer_days,
        close_days,
        calendar: Calendar::new(&working, holidays),
        own,
        // Long enough to find one's glasses, short enough that the next
        // customer never sees the last one's question.
        survey_ask_seconds: seconds(
            &f.survey_ask_seconds,
            "feedback.survey_ask_seconds",
            10,
            600,
            d.survey_ask_seconds,
        )?,
        survey_thanks_seconds: seconds(
            &f.survey_thanks_seconds,
            "feedback.survey_thanks_seconds",
            2,
            60,
            d.survey_thanks_seconds,
        )?,
    })
}
