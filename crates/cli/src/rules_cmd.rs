//! `crosscheck rules check | test | schema`: validate rule packs, run their
//! examples, and write the JSON Schema editors use.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use crosscheck_rules::Checked;

use crate::{Outcome, RulesCommand, rule_tests};

pub(crate) fn run(command: RulesCommand, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    match command {
        RulesCommand::Check { dir } => check(&dir, out, err),
        RulesCommand::Test { dir, rule } => test(&dir, rule.as_deref(), out, err),
        RulesCommand::Schema { out_dir } => {
            let path = crosscheck_rules::write_schema(&out_dir)
                .with_context(|| format!("writing the schema to {}", out_dir.display()))?;
            writeln!(out, "wrote {}", path.display())?;
            Ok(Outcome::Found)
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Prints errors and warnings in file order, as `error: ...` and `warning: ...`.
fn write_diagnostics(err: &mut dyn Write, checked: &Checked) -> std::io::Result<()> {
    for (severity, e) in checked.diagnostics() {
        writeln!(err, "{severity}: {e}")?;
    }
    Ok(())
}

fn check(dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let (_, checked) = crosscheck_rules::check_dir(dir);
    write_diagnostics(err, &checked)?;
    let (errors, warnings) = (checked.errors.len(), checked.warnings().len());
    if errors > 0 {
        writeln!(err, "{} and {} in {}", plural(errors, "error"), plural(warnings, "warning"), dir.display())?;
        return Ok(Outcome::Error);
    }
    let rules = &checked.rules;
    writeln!(
        out,
        "{}: {} camps, {} actors, {} places, {} events, {} metrics, {} propositions, languages: {}; {}",
        dir.display(),
        rules.camps.len(),
        rules.actors.len(),
        rules.places.len(),
        rules.events.len(),
        rules.metrics.len(),
        rules.propositions.len(),
        rules.languages.keys().cloned().collect::<Vec<_>>().join(", "),
        plural(warnings, "warning"),
    )?;
    Ok(Outcome::Found)
}

fn test(dir: &Path, only: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let (packs, checked) = crosscheck_rules::check_dir(dir);
    if !checked.errors.is_empty() {
        write_diagnostics(err, &checked)?;
        writeln!(err, "{} in {}: fix them before testing", plural(checked.errors.len(), "error"), dir.display())?;
        return Ok(Outcome::Error);
    }
    let results = rule_tests::run_examples(&packs, &checked.rules, only);
    if let Some(id) = only
        && results.is_empty()
    {
        anyhow::bail!("no metric, proposition or framing topic `{id}` in {}", dir.display());
    }
    let ok = rule_tests::write_results(out, &results)?;
    Ok(if ok { Outcome::Found } else { Outcome::NothingFound })
}
