"""Coding: human links from a stretch of a document to an area, kept as W3C Web Annotation
records (annotations and rejections) in annotations/<coder>.jsonl; anchoring that survives
edits; interchange (W3C JSON-LD, CSV, REFI-QDA .qdpx/.qdc); inter-coder agreement."""

from corpus_tool.coding.agreement import (agreement_from_annotations, cohen_kappa,
                                          krippendorff_alpha_nominal)
from corpus_tool.coding.anchoring import find_quote, make_anchor, reanchor
from corpus_tool.coding.annotations import (add_annotation, indicator_notice, new_annotation,
                                            remove_annotations, update_annotation)
from corpus_tool.coding.check import check_annotations, reanchor_document
from corpus_tool.coding.files import (coder_file, default_coder, get_annotation, load_annotations,
                                      read_annotations, save_annotations)
from corpus_tool.coding.interchange import export_csv_rows, export_w3c, import_annotations
from corpus_tool.coding.lookup import locate
from corpus_tool.coding.qda_xml import IndicatorCode
from corpus_tool.coding.qdc_merge import QdcImportReport, import_qdc
from corpus_tool.coding.qdpx_export import (ExportSummary, build_qdc, build_qdpx, export_qdc,
                                            export_qdpx)
from corpus_tool.coding.qdpx_import import QdpxImportReport, import_qdpx
from corpus_tool.coding.records import annotation_to_record, record_to_annotation
from corpus_tool.coding.rejections import load_rejections, rejected_pairs, without_rejected

__all__ = ["add_annotation", "annotation_to_record", "check_annotations", "coder_file",
           "default_coder", "get_annotation", "indicator_notice", "load_annotations", "locate",
           "new_annotation",
           "read_annotations", "reanchor_document", "record_to_annotation", "remove_annotations",
           "save_annotations", "update_annotation", "find_quote", "make_anchor", "reanchor",
           "export_csv_rows", "export_w3c", "import_annotations", "IndicatorCode",
           "QdcImportReport", "import_qdc", "ExportSummary", "build_qdc", "build_qdpx",
           "export_qdc", "export_qdpx", "QdpxImportReport", "import_qdpx", "load_rejections",
           "rejected_pairs", "without_rejected",
           "agreement_from_annotations", "cohen_kappa", "krippendorff_alpha_nominal"]
