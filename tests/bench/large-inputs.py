#!/usr/bin/env python3
# Every verb on the largest inputs there are (issue 29): a .smout of a million IT systems, of
# 100,000 requests or markings, a field at the old 1,048,576-character limit, a signed PDF
# embedding the million-entry document; and documents just inside the limits (README,
# Limits). Each run is held to `ulimit -v 4000000`; the script prints each verb's time and
# peak memory, and fails when a verb takes more than 5 s or 1 GB, dies, or refuses an input
# without a message naming the limit.
#
# usage: large-inputs.py SMOUT EXAMPLES_DIR

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BUDGET_S = 5.0
MEMORY_KB = 1024 * 1024
ULIMIT_KB = 4000000
LIMIT_WORDS = ("limit", "larger than", "more than", "longer than")

smout, examples = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="smout-large-")
failures = []


def example():
    with open(os.path.join(examples, "fictional-uscis-benefit-fraud.smout"), encoding="utf-8") as f:
        return json.load(f)


def save(name, doc):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    return path


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (ULIMIT_KB * 1024, ULIMIT_KB * 1024))


def run(label, args, over_limit):
    """Runs `smout args`; returns the exit code. Records a failure when the run is too slow,
    too large, dies, or refuses without naming a limit."""
    out_path, err_path = os.path.join(work, "out.txt"), os.path.join(work, "err.txt")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        child = subprocess.Popen([smout] + args, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                 preexec_fn=limit_memory, env=env)
        killed = False
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > 3 * BUDGET_S:
                os.kill(child.pid, signal.SIGKILL)
                killed = True
            time.sleep(0.01)
        elapsed = time.monotonic() - start
    child.returncode = 0
    with open(err_path, encoding="utf-8", errors="replace") as f:
        message = f.read().strip()
    with open(out_path, encoding="utf-8", errors="replace") as f:
        report = f.read()
    code = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss
    said = [line for line in (message + "\n" + report).splitlines() if any(w in line for w in LIMIT_WORDS)]
    print(f"{label:<44} {args[0]:<9} {elapsed:6.2f} s {peak / 1024:7.1f} MB  exit {code}"
          + (f"  {said[0].strip()[-100:]}" if over_limit and said else ""))
    problem = None
    if killed:
        problem = "killed after %.0f s" % (3 * BUDGET_S)
    elif code < 0:
        problem = "died of signal %d" % -code
    elif elapsed > BUDGET_S:
        problem = "took %.2f s, more than %.0f s" % (elapsed, BUDGET_S)
    elif peak > MEMORY_KB:
        problem = "used %.0f MB, more than 1 GB" % (peak / 1024)
    elif over_limit and code != 0 and not said:
        problem = "refused without naming the limit: " + (message or "(no message)")
    elif code == 2 and not message:
        problem = "refused without a message"
    elif over_limit and code == 0:
        problem = "accepted an input over the limits"
    elif not over_limit and code == 2:
        problem = "refused an input inside the limits: " + message
    if problem:
        failures.append(f"{label}, {args[0]}: {problem}")
    return code


def every_verb(label, path, over_limit):
    pdf = os.path.join(work, "export.pdf")
    run(label, ["validate", path], over_limit)
    exported = run(label, ["export", path, "-o", pdf], over_limit)
    run(label, ["release", path, "-o", os.path.join(work, "release.pdf")], over_limit)
    run(label, ["diff", path, path], over_limit)
    run(label, ["request", "list", path], over_limit)
    if exported in (0, 1) and os.path.exists(pdf):
        run(label, ["import", pdf, "-o", os.path.join(work, "imported.smout")], False)
        # Signed, verify lays the embedded document out again and compares the pages.
        run(label + ", signed", ["verify", signed_copy(pdf)], False)
        os.remove(pdf)


def requests(n, text):
    return [{"id": f"R{i + 1}", "path": "questions.q1_description", "text": text, "by": "Reviewer",
             "role": "reviewer", "date": "2026-11-02", "status": "open", "answer": None, "closed": None}
            for i in range(n)]


def described(words):
    doc = example()
    text = " ".join(words)
    doc["questions"]["q1_description"] = text
    return doc, text


def every_list_full(n=250):
    doc = example()
    summary, questions, review = doc["summary"], doc["questions"], doc["review"]
    entries = lambda prefix: [f"{prefix}{i} " * 4 for i in range(n)]
    person = lambda i: {"name": f"P{i}", "title": "Title " * 4, "office": "Office " * 4, "phone": "", "email": ""}
    summary["contacts"] = [person(i) for i in range(n)]
    summary["counsel"] = [person(i) for i in range(n)]
    summary["it_systems"] = entries("S")
    summary["pias"] = [{"id": f"DHS/X/PIA-{i}", "title": "title " * 4, "date": None} for i in range(n)]
    summary["sorns"] = [{"id": f"DHS/X-{i}", "title": "title " * 4, "date": None, "federal_register": "1 FR 2"}
                        for i in range(n)]
    questions["q2_authorities"] = entries("A")
    review["designation_pias"] = entries("D")
    review["designation_sorns"] = entries("E")
    review["pia"]["existing"] = entries("X")
    review["sorn"]["existing"] = entries("Y")
    review["rob_content"]["pii_storage"]["sorns"] = entries("Z")
    doc["requests"] = requests(n, "Please say more. ")
    return doc


def marked(n_words, n_marks):
    words = [f"w{i:06d}" for i in range(n_words)]
    doc, text = described(words)
    step = max(1, n_words // n_marks)
    doc["redactions"] = [{"path": "questions.q1_description", "start": i * 8, "end": i * 8 + 7, "exemption": "(b)(6)"}
                         for i in range(0, n_words, step)][:n_marks]
    return doc


def signed_copy(pdf):
    """`pdf` signed with a self-made certificate (pdfsig, NSS): anyone can make one."""
    nss = os.path.join(work, "nss")
    if not os.path.isdir(nss):
        os.mkdir(nss)
        subprocess.run(["certutil", "-N", "-d", "sql:" + nss, "--empty-password"], check=True, capture_output=True)
        noise = os.path.join(work, "noise")
        with open(noise, "wb") as f:
            f.write(os.urandom(64))
        subprocess.run(["certutil", "-S", "-n", "anyone", "-s", "CN=Anyone", "-x", "-t", "CT,C,C", "-d", "sql:" + nss,
                        "-z", noise, "-v", "12"], check=True, capture_output=True)
    signed = pdf[:-4] + "-signed.pdf"
    subprocess.run(["pdfsig", "-add-signature", "-nssdir", "sql:" + nss, "-nick", "anyone", pdf, signed],
                   check=True, capture_output=True)
    return signed


def signed_pdf_embedding(big_smout):
    """An exported PDF whose document.smout is `big_smout`, signed."""
    small = os.path.join(work, "small.pdf")
    subprocess.run([smout, "export", os.path.join(examples, "fictional-uscis-benefit-fraud.smout"), "-o", small],
                   check=True, capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    swapped = os.path.join(work, "swapped.pdf")
    subprocess.run(["qpdf", small, "--add-attachment", big_smout, "--key=document.smout", "--replace", "--",
                    swapped], check=True, capture_output=True)
    return signed_copy(swapped)


def main():
    print(f"each run under ulimit -v {ULIMIT_KB}, budget {BUDGET_S:.0f} s and 1 GB")

    # Over the limits: refused, with the limit named.
    doc = example()
    doc["summary"]["it_systems"] = [f"System {i}" for i in range(10 ** 6)]
    million = save("million-it-systems.smout", doc)
    every_verb("10^6 IT systems (%d MB)" % (os.path.getsize(million) >> 20), million, True)
    doc = example()
    doc["summary"]["it_systems"] = [f"System {i}" for i in range(251)]
    every_verb("251 IT systems", save("251-it-systems.smout", doc), True)
    doc = example()
    doc["requests"] = requests(10 ** 5, "Please say more.")
    every_verb("10^5 requests", save("requests.smout", doc), True)
    doc = example()
    doc["requests"] = requests(251, "Please say more.")
    every_verb("251 requests", save("251-requests.smout", doc), True)
    every_verb("10^5 markings", save("markings.smout", marked(120000, 10 ** 5)), True)
    every_verb("1,001 markings", save("1001-markings.smout", marked(12000, 1001)), True)
    doc = example()
    doc["x_newer"] = [0] * 1001
    every_verb("a list of 1,001 numbers a newer version wrote", save("1001-unknown.smout", doc), True)
    doc = example()
    doc["questions"]["q1_description"] = "x" * 1048576
    every_verb("one field of 1,048,576 characters", save("long-field.smout", doc), True)

    signed = signed_pdf_embedding(million)
    run("signed PDF embedding 10^6 IT systems", ["verify", signed], True)
    run("signed PDF embedding 10^6 IT systems", ["import", signed, "-o", os.path.join(work, "x.smout")], True)
    run("signed PDF embedding 10^6 IT systems", ["diff", signed, signed], True)

    # Just inside the limits: finished in time.
    doc = example()
    doc["summary"]["it_systems"] = [f"system {i} " * 85 for i in range(250)]
    every_verb("250 IT systems of ~950 characters", save("it-systems.smout", doc), False)
    doc = example()
    doc["requests"] = requests(250, "Please say more about the use. " * 26)
    every_verb("250 requests of ~800 characters", save("250-requests.smout", doc), False)
    every_verb("every list of the form at 250 entries", save("lists.smout", every_list_full()), False)
    every_verb("1,000 markings", save("1000-markings.smout", marked(7500, 1000)), False)
    doc = example()
    doc["questions"]["q1_description"] = "x" * 99999
    doc["review"]["comments"] = "y" * 99999
    doc["questions"]["q3_launch_note"] = "z" * 50000
    every_verb("fields of 99,999 characters, no space", save("unbroken.smout", doc), False)
    doc = example()
    doc["questions"]["q1_description"] = ("word " * 20000)[:99999]
    doc["review"]["comments"] = ("text " * 20000)[:99999]
    doc["questions"]["q3_launch_note"] = ("more " * 20000)[:50000]
    every_verb("one-paragraph fields of 99,999 characters", save("paragraphs.smout", doc), False)

    shutil.rmtree(work)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        return 1
    print("\nevery verb finished within the budget or refused naming the limit")
    return 0


sys.exit(main())
