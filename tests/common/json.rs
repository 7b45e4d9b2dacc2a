//! Comparing a JSON document the binary wrote with one a test worked out
//! itself: every field the test expects must be there and agree.

use serde_json::Value;

/// Records in `errors` each place where `got` differs from `want`: numbers
/// within `tolerance` relative (to 1 + |want|), objects field by field
/// (fields `want` lacks are not compared), arrays entry by entry.
pub fn same(path: &str, got: &Value, want: &Value, tolerance: f64, errors: &mut Vec<String>) {
    match (got, want) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            if (a - b).abs() > tolerance * (1.0 + b.abs()) {
                errors.push(format!("{path}: report {a}, recomputed {b}"));
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get(k) {
                    Some(x) => same(&format!("{path}.{k}"), x, v, tolerance, errors),
                    None => errors.push(format!("{path}.{k}: missing from the report")),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                errors.push(format!(
                    "{path}: report has {} entries, recomputed {}: {}",
                    a.len(),
                    b.len(),
                    serde_json::to_string(want).unwrap_or_default()
                ));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                same(&format!("{path}[{i}]"), x, y, tolerance, errors);
            }
        }
        (a, b) if a != b => errors.push(format!("{path}: report {a}, recomputed {b}")),
        _ => {}
    }
}
