"""The tests, laid out like the package (tests/<sub-package>/)."""
