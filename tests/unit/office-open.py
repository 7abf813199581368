"""Open password-protected Office files in LibreOffice (through UNO, as its own dialogs would) and
print each to PDF. One headless LibreOffice for all jobs. Reads a JSON list of jobs
{"file", "password" (may be empty), "pdf"} on stdin; prints one JSON line per job:
{"file", "opened": true|false}. `soffice --convert-to` cannot take a password (LibreOffice 7.4), so
the test drives LibreOffice's own loader with the `Password` media descriptor instead."""
import json, os, subprocess, sys, time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


soffice, profile = sys.argv[1], sys.argv[2]
jobs = json.load(sys.stdin)
pipe = "officepw%d" % os.getpid()
proc = subprocess.Popen(
    [soffice, "--headless", "--norestore", "--nologo", "--nodefault",
     "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;" % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.5)
    if ctx is None:
        sys.exit("LibreOffice did not start")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    for job in jobs:
        args = [prop("Hidden", True)]
        if job["password"]:
            args.append(prop("Password", job["password"]))
        try:
            doc = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(job["file"])), "_blank", 0, tuple(args))
        except Exception:
            doc = None
        if doc is not None:
            calc = doc.supportsService("com.sun.star.sheet.SpreadsheetDocument")
            pdf_filter = "calc_pdf_Export" if calc else "writer_pdf_Export"
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["pdf"])),
                           (prop("FilterName", pdf_filter),))
            doc.close(True)
        print(json.dumps({"file": job["file"], "opened": doc is not None}), flush=True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        proc.wait(timeout=30)
    except Exception:
        proc.kill()
