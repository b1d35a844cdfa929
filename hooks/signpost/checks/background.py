"""Run the checks beside the build, so that on a machine with two cores they cost no time.

`mkdocs build` needs what the checks found only at its end: a strict build fails then, and
the site is published only without problems. So the checks run in a forked process while the
pages are made, and their report is collected before publishing. Where there is one core, or
no fork (Windows), they run at once, as before.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from signpost.checks.inputs import Inputs
from signpost.checks.registry import Report, run_checks


class ChecksFailedError(RuntimeError):
    """The checks stopped with an error (a bug in Signpost, not in the content)."""


@dataclass
class PendingChecks:
    """Checks running in another process, or a report already made."""

    report: Report | None = None
    error: str | None = None
    process: BaseProcess | None = None
    results: Connection | None = None

    def finish(self) -> Report:
        """Wait for the checks and return their report."""
        if self.error is not None:
            raise ChecksFailedError(self.error)
        if self.report is not None:
            return self.report
        assert self.results is not None and self.process is not None
        try:
            outcome, value = self.results.recv()
        except EOFError:
            outcome, value = "error", "the checks' process ended without a report"
        self.process.join()
        if outcome != "report":
            raise ChecksFailedError(str(value))
        report: Report = value
        self.report = report
        return report

    def cancel(self) -> None:
        """Stop checks whose report is no longer wanted (the build failed)."""
        if self.process is not None and self.process.is_alive():
            self.process.kill()
            self.process.join()


def start_checks(inputs: Inputs) -> PendingChecks:
    """Start running every check beside the build; `finish()` returns the report."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        try:
            return PendingChecks(report=run_checks(inputs))
        except Exception:  # reported as an error in a forked process would be
            return PendingChecks(error=traceback.format_exc())
    _ = inputs.directory, inputs.checker, inputs.rules  # read once, before the fork shares it
    fork = multiprocessing.get_context("fork")
    receive, send = fork.Pipe(duplex=False)
    process = fork.Process(target=_run, args=(inputs, send), name="signpost-checks")
    process.start()
    send.close()
    return PendingChecks(process=process, results=receive)


def _run(inputs: Inputs, send: Connection) -> None:
    """In the forked process: run the checks on one core (the build has the other)."""
    inputs.workers = 1
    try:
        send.send(("report", run_checks(inputs)))
    except BaseException:
        send.send(("error", traceback.format_exc()))
    finally:
        send.close()
