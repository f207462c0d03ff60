"""Turns the benchmark's raw measurements into the report: medians, ratios, targets, a table.

Why this exists: the issue's targets are ratios against references measured side by side in the
same run; this is the one place that says which number is compared with which limit.
"""

from __future__ import annotations

import statistics

__all__ = ["median", "percentile", "table", "targets"]

KB = 1000


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


def _row(name: str, measured: float, limit: float, unit: str, *, below: bool = False) -> dict:
    met = measured < limit if below else measured <= limit
    return {"name": name, "measured": round(measured, 3), "target": ("< " if below else "<= ") + f"{limit:g}{unit}",
            "unit": unit, "met": met}


def targets(report: dict) -> list[dict]:
    rows = [_row("Pyodide bytes (brotli) vs unmodified npm payload", report["payload"]["ratio"], 0.70, "x")]
    for profile, pages in report["first_question"].items():
        rows.append(_row(f"first question answerable vs plain unstyled page ({profile})", pages["ratio"], 1.2, "x"))
        rows.append(_row(f"first question answerable vs the same page without the tool ({profile})",
                         pages["themed_ratio"], 1.2, "x"))
    for profile, cache in report["python_ready"].items():
        for state, numbers in cache.items():
            rows.append(_row(f"Python ready vs bare loadPyodide ({profile}, {state})", numbers["ratio"], 1.10, "x"))
    rows.append(_row("step latency p95", report["steps"]["p95_ms"], 50, " ms", below=True))
    rows.append(_row("longest main-thread task while the tool loads", report["long_tasks"]["max_ms"], 200, " ms"))
    for name, page in report["content"]["normal"].items():
        rows.append(_row(f"content page {name}: total compressed", page["total_bytes"] / KB, 150, " KB"))
        rows.append(_row(f"content page {name}: JavaScript", page["js_bytes"] / KB, 100, " KB"))
    return rows


def table(report: dict) -> str:
    """The readable report (Markdown): targets first, then the numbers behind them."""
    lines = ["| target | measured | limit | met |", "|---|---|---|---|"]
    lines += [f"| {r['name']} | {r['measured']:g}{r['unit']} | {r['target']} | {'yes' if r['met'] else '**NO**'} |"
              for r in report["targets"]]
    payload = report["payload"]
    lines += ["", "| Pyodide payload (bytes on the wire, brotli) | ours | npm as published |", "|---|---|---|",
              f"| runtime files | {payload['ours_runtime_bytes']:,} | {payload['npm_runtime_bytes']:,} |",
              f"| our package (decision_tools zip) | {payload['ours_package_bytes']:,} | - |",
              f"| stated to the reader before the download | {payload['stated_bytes']:,} | - |"]
    lines += ["", "| Python ready (median ms from navigation) | tool page | bare loadPyodide, our files | "
              "bare loadPyodide, npm files | ratio | worker started at: tool / bare | loadPyodide() took: "
              "tool / bare | tool page: our package imported in |", "|---|---|---|---|---|---|---|---|"]
    for profile, cache in report["python_ready"].items():
        for state, n in cache.items():
            lines.append(f"| {profile}, {state} | {n['tool_ms']:.0f} | {n['bare_ms']:.0f} | {n['npm_ms']:.0f} | "
                         f"{n['ratio']:.2f} | {n['worker_start_ms']:.0f} / {n['bare_worker_start_ms']:.0f} | "
                         f"{n['runtime_ms']:.0f} / {n['bare_runtime_ms']:.0f} | {n['package_import_ms']:.0f} |")
    lines += ["", "| first question answerable (median ms) | tool page | plain unstyled page | ratio | same page "
              "without the tool | ratio | tool page: app inputs (tool.js ran) | FCP tool / plain / without tool |",
              "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {profile} ({p['page']}) | {p['tool_ms']:.0f} | {p['plain_ms']:.0f} | {p['ratio']:.2f} | "
              f"{p['themed_ms']:.0f} | {p['themed_ratio']:.2f} | {p['tool_interactive_ms']:.0f} | "
              f"{p['tool_fcp_ms']:.0f} / {p['plain_fcp_ms']:.0f} / {p['themed_fcp_ms']:.0f} |"
              for profile, p in report["first_question"].items()]
    lines += ["", "| content page | profile | total bytes | by type | FCP (median ms) | Pyodide requests |",
              "|---|---|---|---|---|---|"]
    for profile, pages in report["content"].items():
        for name, page in pages.items():
            kinds = ", ".join(f"{k} {v:,}" for k, v in sorted(page["bytes_by_type"].items()))
            lines.append(f"| {name} | {profile} | {page['total_bytes']:,} | {kinds} | {page['fcp_ms']:.0f} | "
                         f"{page['pyodide_requests']} |")
    steps, tasks = report["steps"], report["long_tasks"]
    lines += ["", f"Steps: {steps['count']} over every example of every tool; p50 {steps['p50_ms']:.1f} ms, "
              f"p95 {steps['p95_ms']:.1f} ms, max {steps['max_ms']:.1f} ms; of which worker round trip (Python) "
              f"p50 {steps['worker_p50_ms']:.1f} / p95 {steps['worker_p95_ms']:.1f} ms, page (insert the view, "
              f"next frame) p50 {steps['page_p50_ms']:.1f} / p95 {steps['page_p95_ms']:.1f} ms.",
              f"Main-thread tasks over 50 ms while a tool loads: {tasks['count_over_50']} in {tasks['loads']} loads, "
              f"longest {tasks['max_ms']:.0f} ms.",
              f"Loading strategy on the slow profile: {report['strategy']['summary']}",
              f"Full site build: {report['build']['seconds']:.1f} s ({report['build']['note']}).",
              f"Search: {report['search'].get('summary') or report['search']}",
              f"Chromium {report['chromium']}, {report['runs']} runs per measurement, medians; "
              "ratios are medians of per-run ratios measured side by side."]
    return "\n".join(lines)
