"""The parts of a minimal XLSX package, written by hand: the hostile-file tests build
workbooks no spreadsheet program would (raw cells, bombs, lying sizes) from them.
Placeholders: {shared} for the shared-strings entries, {title} for the sheet's name."""
from __future__ import annotations

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '{shared}</Types>')
SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Target="xl/workbook.xml" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
         '</Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<sheets><sheet name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
                  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
                  '{shared}</Relationships>')
SHARED_REL = ('<Relationship Id="rId2" Target="sharedStrings.xml" '
               'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>')
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
