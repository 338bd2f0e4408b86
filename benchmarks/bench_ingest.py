"""Ingest speed on the real test PDFs (tests/pdfs) and the reference corpus.

Prints, from one run, side by side (medians of REPEAT runs):
- pdfplumber's plain `page.extract_text()` loop, pages/s
- raw pypdfium2 `get_textpage().get_text_range()` loop, pages/s
- our PDF ingest (reader + clean-up + segmentation + SQLite write), pages/s
- the ratios (targets: ≥ 10× pdfplumber, ≥ 0.3× raw pypdfium2)
- cold ingest of the reference corpus + PDFs vs re-ingest of the unchanged corpus (target ≤ 5 %)
"""
from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDFS = [ROOT / "tests" / "pdfs" / name for name in (
    "us_federal_register_2020-17221_proposed_rule__pdfplumber.pdf",
    "us_copyright_office_dmca_summary_1998__pdfminer.pdf",
    "us_irs_instructions_1040nr_2007__pdfminer.pdf",
    "synthetic_latex_two_column_lorem__py-pdf-sample-files.pdf",
)]
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))


def _median_time(fn, repeat: int = REPEAT) -> tuple[float, float]:
    """Median wall-clock and median CPU (this process) seconds of `repeat` runs. The machine
    is shared, so ratios are computed on CPU time too, which other processes disturb less."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def _pdfplumber_loop() -> int:
    import pdfplumber
    n = 0
    for f in PDFS:
        with pdfplumber.open(str(f)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                n += 1
    return n


def _pypdfium2_loop() -> int:
    import pypdfium2 as pdfium
    n = 0
    for f in PDFS:
        pdf = pdfium.PdfDocument(str(f))
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
            n += 1
        pdf.close()
    return n


def _project(tmp: Path, *, with_corpus: bool):
    from corpus_tool.formats import csv_text, sha256_file
    from corpus_tool.project import MANIFEST_FIELDS, init_project
    project = init_project(tmp)
    rows = []
    if with_corpus:
        shutil.rmtree(project.corpus_dir)
        shutil.copytree(ROOT / "corpus", project.corpus_dir)
        text = project.manifest_path.read_text(encoding="utf-8").splitlines()
        import csv
        rows = list(csv.DictReader(text))
    (project.corpus_dir / "pdfs").mkdir(exist_ok=True)
    for f in PDFS:
        dest = project.corpus_dir / "pdfs" / f.name
        shutil.copyfile(f, dest)
        rows.append({"id": f.stem.split("__")[0].replace("_", "-").lower(), "title": f.stem,
                     "issuer": "US", "type": "document", "legal_force": "non-binding",
                     "language": "en", "path": f"pdfs/{f.name}", "sha256": sha256_file(dest)})
    project.manifest_path.write_text(csv_text(MANIFEST_FIELDS, rows), encoding="utf-8")
    return project


def run() -> dict:
    from corpus_tool.corpus import ingest

    n_pages = _pypdfium2_loop()                      # also warms the OS cache
    t_raw, c_raw = _median_time(_pypdfium2_loop)
    t_plumber, c_plumber = _median_time(_pdfplumber_loop)

    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        pdf_project = _project(tmp / "pdfs", with_corpus=False)

        def cold_pdfs() -> None:
            shutil.rmtree(pdf_project.build_dir, ignore_errors=True)
            rep = ingest(pdf_project, workers=1)
            assert not rep["failed"], rep["failed"]

        t_ours, c_ours = _median_time(cold_pdfs)

        from corpus_tool.corpus import extract_document

        def read_only() -> None:
            for f in PDFS:
                extract_document(f)

        t_read, c_read = _median_time(read_only)

        full = _project(tmp / "full", with_corpus=True)
        colds, warms, colds_pool = [], [], []
        for _ in range(REPEAT):
            shutil.rmtree(full.build_dir, ignore_errors=True)
            t0 = time.perf_counter()
            rep = ingest(full, workers=1)
            colds.append(time.perf_counter() - t0)
            assert not rep["failed"], rep["failed"]
            t0 = time.perf_counter()
            rep = ingest(full, workers=1)
            warms.append(time.perf_counter() - t0)
            assert not rep["ingested"]
            shutil.rmtree(full.build_dir, ignore_errors=True)
            t0 = time.perf_counter()
            ingest(full)
            colds_pool.append(time.perf_counter() - t0)
        n_docs = len(rep["unchanged"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    cold, warm, cold_pool = (statistics.median(x) for x in (colds, warms, colds_pool))
    res = {
        "pages": n_pages,
        "pdfplumber_pages_per_s": round(n_pages / t_plumber, 1),
        "pypdfium2_raw_pages_per_s": round(n_pages / t_raw, 1),
        "ingest_pages_per_s": round(n_pages / t_ours, 1),
        "ratio_vs_pdfplumber": round(t_plumber / t_ours, 2),
        "ratio_vs_pypdfium2_raw": round(t_raw / t_ours, 3),
        "cpu_pdfplumber_pages_per_s": round(n_pages / c_plumber, 1),
        "cpu_pypdfium2_raw_pages_per_s": round(n_pages / c_raw, 1),
        "cpu_ingest_pages_per_s": round(n_pages / c_ours, 1),
        "cpu_ratio_vs_pdfplumber": round(c_plumber / c_ours, 2),
        "cpu_ratio_vs_pypdfium2_raw": round(c_raw / c_ours, 3),
        "reader_only_pages_per_s": round(n_pages / t_read, 1),
        "cpu_reader_only_pages_per_s": round(n_pages / c_read, 1),
        "reader_only_ratio_vs_pypdfium2_raw": round(t_raw / t_read, 3),
        "cpu_reader_only_ratio_vs_pypdfium2_raw": round(c_raw / c_read, 3),
        "corpus_documents": n_docs,
        "cold_ingest_s": round(cold, 3),
        "cold_ingest_pool_s": round(cold_pool, 3),
        "warm_reingest_s": round(warm, 3),
        "warm_over_cold": round(warm / cold, 4),
        "repeat": REPEAT,
    }
    print(f"PDF pages: {n_pages} (4 real PDFs in tests/pdfs), medians of {REPEAT} runs")
    print("                                   wall pages/s    CPU pages/s")
    for label, w, c in (("pdfplumber extract_text loop", "pdfplumber_pages_per_s",
                         "cpu_pdfplumber_pages_per_s"),
                        ("raw pypdfium2 get_text_range", "pypdfium2_raw_pages_per_s",
                         "cpu_pypdfium2_raw_pages_per_s"),
                        ("corpus-tool ingest, 1 worker", "ingest_pages_per_s",
                         "cpu_ingest_pages_per_s")):
        print(f"  {label:30s} {res[w]:10.1f} {res[c]:14.1f}")
    print(f"  ratio ingest / pdfplumber      {res['ratio_vs_pdfplumber']:10.2f}x "
          f"{res['cpu_ratio_vs_pdfplumber']:13.2f}x   (target >= 10)")
    print(f"  ratio ingest / raw pypdfium2   {res['ratio_vs_pypdfium2_raw']:10.3f}x "
          f"{res['cpu_ratio_vs_pypdfium2_raw']:13.3f}x   (target >= 0.3)")
    print("  (ingest = reader + clean-up + segmentation + language + SQLite/FTS write)")
    print(f"  without the SQLite/FTS write  {res['reader_only_pages_per_s']:10.1f} "
          f"{res['cpu_reader_only_pages_per_s']:14.1f}   = "
          f"{res['reader_only_ratio_vs_pypdfium2_raw']:.3f}x / "
          f"{res['cpu_reader_only_ratio_vs_pypdfium2_raw']:.3f}x raw pypdfium2")
    print(f"Reference corpus + PDFs: {n_docs} documents")
    print(f"  cold ingest, 1 worker        : {cold:8.3f} s")
    print(f"  cold ingest, process pool    : {cold_pool:8.3f} s")
    print(f"  warm re-ingest (unchanged)   : {warm:8.3f} s = {100 * warm / cold:.1f}% of cold "
          "(target <= 5%)")
    return res


if __name__ == "__main__":
    run()
