"""The report as a reader sees it: render an HTML report in headless Chromium, save a PNG screenshot, and fail on
any console error or on any request the page makes (a self-contained report makes none).

    .venv/bin/python tests/e2e/check_report.py seeds.report.html --png bench/out/report.png

Needs Debian's `chromium` and `chromium-driver` and the `selenium` package (`make e2e` installs them when missing).
Chromium's own log has no levels, so the console is read through chromedriver's browser log, which has them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"
WIDTH, HEIGHT = 1280, 900  # a laptop screen
SECTIONS = ("months", "topics", "regions", "outlets", "detail")


def browser(profile: str) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new", "--no-sandbox",  # root in a container has no sandbox to enter
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(DRIVER))


def check(page: Path, png: Path, full_png: Path) -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory(prefix="kzhealth-e2e-") as profile:
        driver = browser(profile)
        try:
            driver.set_page_load_timeout(60)
            driver.get(page.resolve().as_uri())
            # Give drawing time to finish: wait for two animation frames after the load. Not --virtual-time-budget:
            # as a flag it closes chromedriver's window when the budget runs out, and through the DevTools protocol
            # (Emulation.setVirtualTimePolicy) a page still loading when it runs out hangs, as it did on a busy machine.
            driver.execute_async_script(
                "const done = arguments[0];"
                "requestAnimationFrame(() => requestAnimationFrame(() => done()));"
            )
            png.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(png))
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(WIDTH, min(height + 120, 16000))
            driver.save_screenshot(str(full_png))
            for entry in driver.get_log("browser"):
                if entry["level"] in ("SEVERE", "WARNING"):
                    problems.append(f"console {entry['level']}: {entry['message']}")
            requests = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
            problems += [f"the page fetched {url}" for url in requests]
            missing = [s for s in SECTIONS if not driver.execute_script(f"return !!document.getElementById('{s}')")]
            problems += [f"section #{s} is missing" for s in missing]
            print(f"{page}: {height}px tall; screenshots {png} (first screen) and {full_png} (whole page)")
        finally:
            driver.quit()
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="the HTML report to render")
    parser.add_argument("--png", type=Path, default=Path("bench/out/report.png"), help="screenshot of the first screen")
    args = parser.parse_args()
    if not args.page.is_file():
        print(f"check_report: no such file {args.page}", file=sys.stderr)
        return 2
    try:
        problems = check(args.page, args.png, args.png.with_name(args.png.stem + "-full.png"))
    except WebDriverException as exc:
        problems = [f"the browser failed: {exc.msg or type(exc).__name__}"]
    for problem in problems:
        print(f"check_report: {problem}", file=sys.stderr)
    print("check_report: " + ("FAILED" if problems else "ok: no console errors, no requests, every section drawn"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
