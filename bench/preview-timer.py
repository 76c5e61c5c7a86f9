#!/usr/bin/env python3
"""Times the weights editor's impact preview over every stored result, as the admin's browser runs it.

  preview-timer.py BASE_URL COOKIE

Reads the editor form at /admin/weights with the admin's session cookie, changes one importance (so results can
change), posts it to the streaming handler the page's script uses, and reads the stream to its end. Prints
key=value lines: seconds, checked (the results re-scored), progress_lines, and first_progress_s (when the first
progress line arrived). Exits 1 if the stream did not end with the preview.
"""
import html.parser
import sys
import time
import urllib.parse
import urllib.request


class FormFields(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields, self.in_form = [], False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "weights-form" in (a.get("class") or ""):
            self.in_form = True
        elif self.in_form and tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
            self.fields.append([a["name"], a.get("value") or ""])
        elif tag == "input" and a.get("name") == "__RequestVerificationToken":
            self.fields.append([a["name"], a.get("value") or ""])

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False


def main(base, cookie):
    headers = {"Cookie": cookie}
    page = urllib.request.urlopen(urllib.request.Request(base + "/admin/weights", headers=headers)).read().decode()
    parser = FormFields()
    parser.feed(page)
    fields = parser.fields
    for field in fields:
        if field[0] == "Form.Factors[0].Importance":
            field[1] = "0" if field[1] != "0" else "5"
            break
    body = urllib.parse.urlencode([tuple(field) for field in fields]).encode()
    request = urllib.request.Request(base + "/admin/weights?handler=PreviewStream", data=body,
                                     headers={**headers, "Content-Type": "application/x-www-form-urlencoded"})
    started = time.monotonic()
    first, lines, checked, ended = None, 0, 0, False
    with urllib.request.urlopen(request, timeout=600) as response:
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("progress "):
                lines += 1
                first = first if first is not None else time.monotonic() - started
                checked = int(line.split()[1])
            elif line == "--preview--":
                ended = True
                response.read()
                break
    print(f"seconds={time.monotonic() - started:.2f}")
    print(f"checked={checked}")
    print(f"progress_lines={lines}")
    print(f"first_progress_s={(first or 0):.2f}")
    return 0 if ended else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
