"""Running wrk (Debian's) and reading its report."""

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass
class WrkResult:
    requests: int
    non_success: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float
    p95_ms: float | None = None  # when the script prints it (see search_queries.lua)

    @property
    def successes(self):
        return self.requests - self.non_success

    @property
    def rate(self):
        return self.successes / self.seconds


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * UNITS[unit]


def run_wrk(url, *, seconds=10, connections=64, threads=2, script=None, script_args=()):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        command += ["-s", str(Path(script))]
    command.append(url)
    if script_args:
        command += ["--", *script_args]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    requests, took, unit = re.search(r"(\d+) requests in ([\d.]+)(ms|s)", output).groups()
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_success = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return WrkResult(
        requests=int(requests),
        non_success=int(non_success[1]) if non_success else 0,
        errors=sum(int(n) for n in errors.groups()) if errors else 0,
        seconds=float(took) / (1000 if unit == "ms" else 1),
        p50_ms=milliseconds(re.search(r"50%\s+([\d.]+\w+)", output)[1]),
        p99_ms=milliseconds(re.search(r"99%\s+([\d.]+\w+)", output)[1]),
        p95_ms=int(p95[1]) / 1000 if (p95 := re.search(r"p95_us (\d+)", output)) else None,
    )
