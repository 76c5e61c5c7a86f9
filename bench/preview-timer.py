#!/usr/bin/env python3
"""Times the weights editor's impact preview over every stored result, as the admin's browser runs it.

  preview-timer.py BASE_URL COOKIE [--costs]

Reads the editor form at /admin/weights with the admin's session cookie (inputs, selects and textareas, as a browser
posts them), changes one importance (so results can change), and with --costs also the likely team-extension rate
(so every result is priced twice), posts it to the streaming handler the page's script uses, and reads the stream to
its end. Prints
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
        self.select, self.first_option, self.textarea = None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "weights-form" in (a.get("class") or ""):
            self.in_form = True
        elif tag == "input" and a.get("name") == "__RequestVerificationToken":
            self.fields.append([a["name"], a.get("value") or ""])
        elif not self.in_form:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
            if a.get("type") != "checkbox" or "checked" in a:
                self.fields.append([a["name"], a.get("value") or ""])
        elif tag == "select" and a.get("name"):
            self.select, self.first_option = [a["name"], None], None
            self.fields.append(self.select)
        elif tag == "option" and self.select is not None:
            value = a.get("value") or ""
            self.first_option = value if self.first_option is None else self.first_option
            if "selected" in a:
                self.select[1] = value
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select" and self.select is not None:
            # A select with nothing marked selected posts its first option, as a browser does.
            self.select[1] = self.select[1] if self.select[1] is not None else (self.first_option or "")
            self.select = None
        elif tag == "textarea":
            self.textarea = None


def main(base, cookie, costs=False):
    headers = {"Cookie": cookie}
    page = urllib.request.urlopen(urllib.request.Request(base + "/admin/weights", headers=headers)).read().decode()
    parser = FormFields()
    parser.feed(page)
    fields = parser.fields
    for field in fields:
        if field[0] == "Form.Factors[0].Importance":
            field[1] = "0" if field[1] != "0" else "5"
        elif costs and field[0] == "Form.Costs[teamExtensionRateUsd].Likely":
            field[1] = str(float(field[1]) + 1)
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
    sys.exit(main(sys.argv[1], sys.argv[2], "--costs" in sys.argv[3:]))
