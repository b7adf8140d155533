#!/usr/bin/env python3
"""Opens an HTML file in headless Chromium; prints the DOM it rendered, saves a screenshot.

usage: render_page.py CHROMIUM PAGE SCREENSHOT.png
Fails if Chromium fails, times out, or writes no PNG. The DOM is serialised after the page
loaded, so anything a script had changed (the title, say) would show.
"""
import os
import subprocess
import sys
import tempfile


def chromium(binary, profile, *arguments):
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
               "--window-size=1200,1600", *arguments]
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=180, check=False)


def main():
    binary, page, screenshot = sys.argv[1:4]
    url = "file://" + os.path.abspath(page)
    with tempfile.TemporaryDirectory(prefix="allochunt-chromium-") as profile:
        dom = chromium(binary, profile, "--dump-dom", url)
        if dom.returncode != 0 or not dom.stdout:
            sys.exit("render_page.py: chromium --dump-dom failed (%d): %s"
                     % (dom.returncode, dom.stderr.decode(errors="replace")[-2000:]))
        shot = chromium(binary, profile, "--screenshot=" + os.path.abspath(screenshot), url)
    with open(screenshot, "rb") as image:
        header = image.read(8)
    if shot.returncode != 0 or header != b"\x89PNG\r\n\x1a\n":
        sys.exit("render_page.py: no screenshot (%d)" % shot.returncode)
    sys.stdout.write(dom.stdout.decode("utf-8"))


if __name__ == "__main__":
    main()
