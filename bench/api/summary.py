"""Reads wrk outputs <dir>/<round>-<name>.txt, where a round ran ping-0, the first endpoint, ping-1,
the second, and so on, ending with a ping. Each endpoint's ratio is taken to the faster of the two
pings around it, so a slow moment of the ceiling never flatters a ratio. With a round number: one
line, each endpoint's req/s and ratio. With "all": per endpoint, the median over the rounds of
req/s, of p99, of the ratio and of the CPU time the JVM and MariaDB spent per call (run.sh appends
it to each output), and every error wrk counted.
usage: summary.py <dir> <round|all> <endpoint>..."""
import re
import statistics
import sys
from pathlib import Path

out, which, names = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def read(round_, name):
    text = (out / f"{round_}-{name}.txt").read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)$", text, re.M)
    errors = re.findall(r"^\s*(Non-2xx or 3xx responses: \d+|Socket errors: .*)$", text, re.M)
    unexpected = re.search(r"other answers: (\d+)", text)  # revalidate.lua: answers that were not 304
    if unexpected and int(unexpected.group(1)):
        errors.append(f"{unexpected.group(1)} answers other than 304")
    calls = int(re.search(r"(\d+) requests in", text).group(1))
    cpu = re.search(r"cpu ticks: jvm (\d+) mariadb (\d+) per second (\d+)", text)
    micros = [int(cpu.group(i)) * 1e6 / int(cpu.group(3)) / calls for i in (1, 2)] if cpu else None
    return rps, float(p99.group(1)) * UNITS[p99.group(2)], errors, micros


def cpu_per_call(runs):
    if any(run[3] is None for run in runs):
        return ""  # outputs from before run.sh measured it
    return (f"   CPU per call: JVM {statistics.median(run[3][0] for run in runs):.0f} µs, "
            f"MariaDB {statistics.median(run[3][1] for run in runs):.0f} µs")


def ceiling(round_, index):
    """The ping of an endpoint's run: the faster of the pings just before and just after it."""
    return max(read(round_, f"ping-{index}")[0], read(round_, f"ping-{index + 1}")[0])


def line(name, runs, ratios):
    errors = [e for run in runs for e in run[2]]
    return (f"{name:<16} {statistics.median(run[0] for run in runs):>9.0f} req/s   "
            f"p99 {statistics.median(run[1] for run in runs):>7.1f} ms (worst {max(run[1] for run in runs):.1f})   "
            f"ratio to ping {statistics.median(ratios):.2f} (rounds {min(ratios):.2f}-{max(ratios):.2f})"
            f"{cpu_per_call(runs)}"
            f"{'   ERRORS: ' + '; '.join(errors) if errors else ''}")


rounds = sorted({int(f.name.split("-")[0]) for f in out.glob("*-ping-0.txt")})
if which != "all":
    pings = [read(which, f"ping-{i}")[0] for i in range(len(names) + 1)]
    print(f"ping {min(pings):.0f}-{max(pings):.0f}  " + "  ".join(
        f"{name} {read(which, name)[0]:.0f} ({read(which, name)[0] / ceiling(which, i):.2f})"
        for i, name in enumerate(names)))
    sys.exit()
pings = [read(r, f"ping-{i}") for r in rounds for i in range(len(names) + 1)]
print(line("ping", pings, [1.0]))
# how far apart the two pings around a run were: the drift a single ping per round would carry
drifts = [abs(read(r, f"ping-{i}")[0] / read(r, f"ping-{i + 1}")[0] - 1) for r in rounds for i in range(len(names))]
print(f"{'':<16} the two pings around a run differed by {statistics.median(drifts):.0%} in the median,"
      f" {max(drifts):.0%} at most")
for i, name in enumerate(names):
    runs = [read(r, name) for r in rounds]
    print(line(name, runs, [run[0] / ceiling(r, i) for r, run in zip(rounds, runs)]))
