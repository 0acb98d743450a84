"""Move the app's long-lived objects out of the garbage collector's way, once per server process.

Streamlit runs a full gc.collect(2) after every script run (runner.postScriptGC), and a full collection walks
every tracked object: torch, pandas, altair and Streamlit's own modules are most of them and never become
garbage. gc.freeze() moves every object alive at that moment into a permanent generation that collections
skip, so the post-run collection only walks what runs create. Done once, after the first script run has
imported the pages' modules; later garbage is still collected as before (unlike runner.postScriptGC = false).
STUDYLAB_GC_FREEZE=0 turns it off (bench/browser.py --gc compares the three settings).

Measured with bench/browser.py --gc --quick (18 page switches per setting in Chromium, 2 shared cores at load
≈ 3.4): median [min–max] 384 ms [273–607] by default, 281 ms [155–566] frozen (0.73×), 271 ms [131–528] with
postScriptGC = false (0.71×); a full run at load 4.5–13 gave 760, 430 (0.57×) and 299 ms (0.39×), spreads
from 0.1 to 2.8 s. The server's RSS after was 434–437 MB in all three settings, and bench/memory.py's
50 runs in one session (frozen) grew it by 0.19 MB a run for the house MLP: nothing piles up.
"""
import gc
import os

_frozen = False


def freeze_once() -> None:
    global _frozen
    if _frozen or os.environ.get("STUDYLAB_GC_FREEZE", "1") == "0":
        return
    gc.collect()  # what is garbage now is freed, not frozen forever
    gc.freeze()
    _frozen = True
