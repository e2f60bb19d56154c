"""The shipped pre-commit hook and GitHub Actions example use commands that exist."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from factcheck.cli import CI_FORMATS, Format

ROOT = Path(__file__).resolve().parent.parent


def _factcheck_commands(workflow: dict) -> list[list[str]]:
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    return [shlex.split(s["run"]) for s in steps if s.get("run", "").startswith("factcheck ")]


def test_pre_commit_hook_runs_factcheck_on_articles() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factcheck" and hook["entry"] == "factcheck run"
    assert hook["language"] == "python" and hook["require_serial"] is True
    files = re.compile(hook["files"])
    for name in ("a.md", "b.txt", "c.html", "d.htm", "e.jsonl"):
        assert files.search(name), name
    for name in ("a.py", "b.json", "c.md.bak"):
        assert not files.search(name), name


def test_workflow_example_uses_valid_formats() -> None:
    workflow = yaml.safe_load((ROOT / "docs" / "github-actions-example.yml").read_text("utf-8"))
    commands = _factcheck_commands(workflow)
    assert commands, "the example runs factcheck"
    formats = [argv[argv.index("--format") + 1] for argv in commands]
    assert formats[0] == "github"
    for argv, fmt in zip(commands, formats, strict=True):
        assert argv[:2] == ["factcheck", "run"]
        assert Format(fmt) in CI_FORMATS
        assert argv[-1] == "."


@pytest.mark.parametrize("fmt", ["github", "sarif", "rdjson"])
def test_ci_formats_are_formats(fmt: str) -> None:
    assert Format(fmt) in CI_FORMATS
