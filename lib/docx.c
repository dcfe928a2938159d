/*
 * docx.c - a document (doc.h) as Word: WordprocessingML written here, the
 * zip container by libzip, in memory.  The parts are the minimum Word and
 * LibreOffice need: [Content_Types].xml, the package relationships, the
 * document, its styles (宋体 12 pt) and one footer (the verification margin
 * and "第 X 页 共 Y 页" as PAGE / NUMPAGES fields).  A page's orientation
 * change is a section break; table header rows repeat on every page; merged
 * cells are gridSpan / vMerge.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include "doc.h"

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
	     "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

static void
esc(STRING *o, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': string_append(o, "&amp;"); break;
		case '<': string_append(o, "&lt;"); break;
		case '>': string_append(o, "&gt;"); break;
		case '"': string_append(o, "&quot;"); break;
		default:
			if ((unsigned char)*s >= 0x20 || *s == '\t') string_append_char(o, *s);
		}
	}
}

/* runs of text; a line end is a <w:br/> */
static void
runs(STRING *o, const char *s, const char *rpr)
{
	const char *p = s ? s : "";
	do {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		string_appendf(o, "<w:r>%s<w:t xml:space=\"preserve\">", rpr ? rpr : "");
		char *part = strndup(p, n);
		if (!part) abort();
		esc(o, part);
		free(part);
		string_append(o, "</w:t></w:r>");
		if (e) string_appendf(o, "<w:r>%s<w:br/></w:r>", rpr ? rpr : "");
		p = e ? e + 1 : NULL;
	} while (p);
}

static void
para(STRING *o, const char *ppr, const char *rpr, const char *text)
{
	string_appendf(o, "<w:p><w:pPr>%s</w:pPr>", ppr ? ppr : "");
	runs(o, text, rpr);
	string_append(o, "</w:p>");
}

static int body_twips(int landscape) { return landscape ? 16838 - 1134 - 1020 : 11906 - 1134 - 1020; }

static void
sect(STRING *o, int landscape)
{
	string_appendf(o, "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/>"
		       "<w:pgSz w:w=\"%d\" w:h=\"%d\"%s/>"
		       "<w:pgMar w:top=\"1021\" w:right=\"1020\" w:bottom=\"1701\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
		       "</w:sectPr>", landscape ? 16838 : 11906, landscape ? 11906 : 16838, landscape ? " w:orient=\"landscape\"" : "");
}

static void
cell(STRING *o, const struct tcell *x, int width, int span, const char *vmerge, int head)
{
	string_appendf(o, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>", width);
	if (span > 1) string_appendf(o, "<w:gridSpan w:val=\"%d\"/>", span);
	if (vmerge) string_appendf(o, "<w:vMerge%s/>", vmerge);
	if (head || (x && (x->flags & (TF_LEFT | TF_PART))))
		string_appendf(o, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%s\"/>", head ? "EDEDED" : "F5F5F5");
	string_append(o, "<w:vAlign w:val=\"center\"/></w:tcPr>");
	if (!x || (vmerge && !strcmp(vmerge, ""))) { string_append(o, "<w:p/></w:tc>"); return; }
	const char *jc = head || (x->flags & TF_CENTER) ? "center" : x->num ? "right" : "left";
	const char *rpr = head || (x->flags & (TF_BOLD | TF_PART)) ? "<w:rPr><w:b/><w:sz w:val=\"20\"/></w:rPr>" : "<w:rPr><w:sz w:val=\"20\"/></w:rPr>";
	string_appendf(o, "<w:p><w:pPr><w:jc w:val=\"%s\"/><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>", jc);
	runs(o, x->flags & TF_BAD ? "⚠ " : "", rpr);
	runs(o, x->text, rpr);
	string_append(o, "</w:p></w:tc>");
}

/* one grid of rows: a covered cell is a vMerge continuation when a cell above spans down over it */
static void
grid(STRING *o, const struct table *t, struct tcell *const *rows, int n, const int *tw, int head)
{
	int nc = t->ncols;
	/* for each covered cell, the column where the span it belongs to starts (-1: covered from the left) */
	int *down = malloc(sizeof(int) * (size_t)(n * nc));
	if (!down) abort();
	for (int i = 0; i < n * nc; i++) down[i] = -2;
	for (int y = 0; y < n; y++)
		for (int c = 0; c < nc; c++) {
			const struct tcell *x = &rows[y][c];
			if (x->flags & TF_COVERED) continue;
			for (int j = y; j < y + x->rows && j < n; j++)
				for (int k = c; k < c + x->cols && k < nc; k++)
					if (j != y || k != c) down[j * nc + k] = j != y && k == c ? c : -1;
		}
	for (int y = 0; y < n; y++) {
		string_append(o, head ? "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
		for (int c = 0; c < nc; c++) {
			const struct tcell *x = &rows[y][c];
			if (!tw[c]) continue;
			int w = 0, span = 0, cols;
			if (x->flags & TF_COVERED) {
				if (down[y * nc + c] != c) continue;
				/* the continuation of the span above: as wide as its origin */
				int oy = y;
				while (oy > 0 && (rows[oy][c].flags & TF_COVERED)) oy--;
				cols = rows[oy][c].cols;
				for (int k = c; k < c + cols && k < nc; k++) if (tw[k]) { w += tw[k]; span++; }
				cell(o, NULL, w, span, "", head);
				continue;
			}
			cols = x->cols;
			for (int k = c; k < c + cols && k < nc; k++) if (tw[k]) { w += tw[k]; span++; }
			cell(o, x, w, span, x->rows > 1 ? " w:val=\"restart\"" : NULL, head);
		}
		string_append(o, "</w:tr>");
	}
	free(down);
}

static void
table(struct req *r, STRING *o, const struct table *t, int landscape)
{
	int nc = t->ncols, *tw = req_alloc(r, sizeof(int) * (size_t)nc), nh = t->nohead ? 0 : t->nhead ? t->nhead : 1;
	double total = 0;
	struct tcell **hr = req_alloc(r, sizeof(*hr) * (size_t)(nh + 1)), **br = req_alloc(r, sizeof(*br) * (size_t)(t->nrows + 1));

	if (t->docno) para(o, NULL, "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr>", t->docno);
	if (t->title) para(o, "<w:jc w:val=\"center\"/><w:spacing w:after=\"120\"/>", "<w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr>", t->title);
	for (int i = 0; i < t->nlines; i++) {
		string_appendf(o, "<w:p><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"%d\"/></w:tabs></w:pPr>", body_twips(landscape));
		runs(o, t->lines[i].left ? t->lines[i].left : "", "<w:rPr><w:sz w:val=\"22\"/></w:rPr>");
		if (t->lines[i].right && *t->lines[i].right) {
			string_append(o, "<w:r><w:tab/></w:r>");
			runs(o, t->lines[i].right, "<w:rPr><w:sz w:val=\"22\"/></w:rPr>");
		}
		string_append(o, "</w:p>");
	}
	for (int c = 0; c < nc; c++) if (table_on_paper(t, c)) total += t->col[c].width > 0 ? t->col[c].width : 8;
	for (int c = 0; c < nc; c++)
		tw[c] = table_on_paper(t, c) ? (int)(body_twips(landscape) * (t->col[c].width > 0 ? t->col[c].width : 8) / total) : 0;
	string_append(o, "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>");
	static const char *const sides[] = { "top", "left", "bottom", "right", "insideH", "insideV" };
	for (int i = 0; i < 6; i++) string_appendf(o, "<w:%s w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", sides[i]);
	string_append(o, "</w:tblBorders><w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
	for (int c = 0; c < nc; c++) if (tw[c]) string_appendf(o, "<w:gridCol w:w=\"%d\"/>", tw[c]);
	string_append(o, "</w:tblGrid>");
	if (t->nhead) for (int k = 0; k < nh; k++) hr[k] = &t->head[k * nc];
	else if (nh) {
		struct tcell *flat = req_alloc(r, sizeof(*flat) * (size_t)nc);
		for (int c = 0; c < nc; c++) { flat[c].text = t->col[c].head; flat[c].cols = flat[c].rows = 1; }
		hr[0] = flat;
	}
	if (nh) grid(o, t, hr, nh, tw, 1);
	for (int y = 0; y < t->nrows; y++) br[y] = t->rows[y].c;
	grid(o, t, br, t->nrows, tw, 0);
	string_append(o, "</w:tbl>");
	if (!t->nrows && t->empty) para(o, "<w:jc w:val=\"center\"/>", NULL, t->empty);
	for (int i = 0; i < t->nnotes; i++) para(o, "<w:spacing w:before=\"120\"/>", "<w:rPr><w:sz w:val=\"20\"/></w:rPr>", t->notes[i]);
	for (int i = 0; i < t->nsigns; i++) para(o, "<w:spacing w:before=\"120\"/>", NULL, t->signs[i]);
}

static const char *
document(struct req *r, const struct doc *d)
{
	STRING o;
	int cur = d->landscape;
	char *out;

	string_init(&o);
	string_append(&o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " W_NS "><w:body>");
	for (int i = 0; i < d->n; i++) {
		const struct dblk *b = &d->b[i];
		switch (b->k) {
		case D_PAGE:
			if (i == 0) { cur = b->landscape; break; }
			/* the section that ends here keeps its orientation; the next page starts the new one */
			string_append(&o, "<w:p><w:pPr>");
			sect(&o, cur);
			string_append(&o, "</w:pPr></w:p>");
			cur = b->landscape;
			break;
		case D_DOCNO: para(&o, NULL, "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr>", b->a); break;
		case D_TITLE:
			para(&o, "<w:jc w:val=\"center\"/><w:spacing w:before=\"1200\" w:after=\"600\" w:line=\"560\" w:lineRule=\"auto\"/>",
			     "<w:rPr><w:b/><w:sz w:val=\"44\"/></w:rPr>", b->b ? req_printf(r, "%s\n%s", b->a, b->b) : b->a);
			break;
		case D_H1: para(&o, "<w:jc w:val=\"center\"/><w:spacing w:before=\"240\" w:after=\"240\"/>", "<w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr>", b->a); break;
		case D_H2: para(&o, "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/>", "<w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr>", b->a); break;
		case D_H3: para(&o, "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>", "<w:rPr><w:b/></w:rPr>", b->a); break;
		case D_PARA: {
			/* each line of the text its own paragraph, indented two characters */
			char *s = req_strdup(r, b->a ? b->a : ""), *save = NULL;
			int any = 0;
			for (char *l = strtok_r(s, "\n", &save); l; l = strtok_r(NULL, "\n", &save), any = 1)
				para(&o, "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/><w:spacing w:line=\"360\" w:lineRule=\"auto\"/>", NULL, l);
			if (!any) para(&o, NULL, NULL, "");
			break;
		}
		case D_TEXT:
			string_appendf(&o, "<w:p><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"%d\"/></w:tabs></w:pPr>", body_twips(cur));
			runs(&o, b->a, NULL);
			if (b->b) { string_append(&o, "<w:r><w:tab/></w:r>"); runs(&o, b->b, NULL); }
			string_append(&o, "</w:p>");
			break;
		case D_FIELD:
		case D_SIGN: {
			int sign = b->k == D_SIGN;
			string_appendf(&o, "<w:p><w:pPr><w:spacing w:before=\"%d\" w:after=\"120\"/>%s</w:pPr>", sign ? 200 : 360,
				       sign ? "<w:ind w:left=\"4200\"/>" : "<w:ind w:left=\"600\"/>");
			const char *sz = sign ? NULL : "<w:rPr><w:sz w:val=\"28\"/></w:rPr>";
			runs(&o, b->a, sz);
			/* the value on a line; blank: a line to write or sign on */
			const char *v = b->b && *b->b ? req_printf(r, " %s ", b->b) : "                              ";
			runs(&o, v, sign ? "<w:rPr><w:u w:val=\"single\"/></w:rPr>" : "<w:rPr><w:u w:val=\"single\"/><w:sz w:val=\"28\"/></w:rPr>");
			if (b->c) runs(&o, b->c, sz);
			string_append(&o, "</w:p>");
			break;
		}
		case D_NOTE: para(&o, "<w:spacing w:before=\"120\"/>", "<w:rPr><w:sz w:val=\"20\"/></w:rPr>", b->a); break;
		case D_SPACE: string_appendf(&o, "<w:p><w:pPr><w:spacing w:before=\"%d\" w:after=\"0\"/></w:pPr></w:p>", (int)(b->mm * 56.7)); break;
		case D_TABLE: table(r, &o, b->t, cur); break;
		}
	}
	sect(&o, cur);
	string_append(&o, "</w:body></w:document>");
	out = req_strdup(r, o.buf);
	string_clear(&o);
	return out;
}

static const char *
footer(struct req *r, const struct doc *d)
{
	STRING o;
	char *out;
	string_init(&o);
	string_append(&o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr " W_NS ">"
			  "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"999999\"/></w:pBdr>"
			  "<w:tabs><w:tab w:val=\"right\" w:pos=\"9752\"/></w:tabs></w:pPr>");
	runs(&o, d->margin ? d->margin : "", "<w:rPr><w:sz w:val=\"16\"/></w:rPr>");
	string_append(&o, "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:tab/><w:t xml:space=\"preserve\">第 </w:t></w:r>"
			  "<w:fldSimple w:instr=\" PAGE \"><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>"
			  "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\"> 页 共 </w:t></w:r>"
			  "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>"
			  "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\"> 页</w:t></w:r></w:p>");
	if (d->verify_url) {
		string_append(&o, "<w:p>");
		runs(&o, req_printf(r, "访问 %s 核验纸质稿与在线申报是否一致", d->verify_url), "<w:rPr><w:sz w:val=\"16\"/></w:rPr>");
		string_append(&o, "</w:p>");
	}
	string_append(&o, "</w:ftr>");
	out = req_strdup(r, o.buf);
	string_clear(&o);
	return out;
}

static const char content_types[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
	"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	"<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
	"<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
	"<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
	"</Types>";
static const char package_rels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
	"</Relationships>";
static const char document_rels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
	"<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
	"</Relationships>";
static const char styles[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<w:styles " W_NS "><w:docDefaults><w:rPrDefault><w:rPr>"
	"<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>"
	"<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
	"<w:pPrDefault><w:pPr><w:spacing w:after=\"60\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
	"</w:styles>";

int
doc_docx(struct req *r, const struct doc *d, char **data, size_t *len)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z;
	const char *parts[][2] = {
		{ "[Content_Types].xml", content_types }, { "_rels/.rels", package_rels },
		{ "word/document.xml", document(r, d) }, { "word/_rels/document.xml.rels", document_rels },
		{ "word/styles.xml", styles }, { "word/footer1.xml", footer(r, d) },
	};
	zip_int64_t n;

	zip_error_init(&ze);
	if (!(src = zip_source_buffer_create(NULL, 0, 0, &ze))) goto fail;
	zip_source_keep(src);
	if (!(z = zip_open_from_source(src, ZIP_TRUNCATE, &ze))) { zip_source_free(src); goto fail; }
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		zip_source_t *s = zip_source_buffer(z, parts[i][1], strlen(parts[i][1]), 0);
		if (!s || zip_file_add(z, parts[i][0], s, ZIP_FL_ENC_UTF_8) < 0) { zip_source_free(s); zip_discard(z); zip_source_free(src); goto fail; }
	}
	if (zip_close(z) < 0) { zip_discard(z); zip_source_free(src); goto fail; }
	if (zip_source_open(src) < 0) { zip_source_free(src); goto fail; }
	zip_source_seek(src, 0, SEEK_END);
	n = zip_source_tell(src);
	zip_source_seek(src, 0, SEEK_SET);
	*data = req_alloc(r, n > 0 ? (size_t)n : 1);
	*len = n > 0 ? (size_t)zip_source_read(src, *data, (zip_uint64_t)n) : 0;
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	return n > 0 && *len == (size_t)n ? 0 : 500;
fail:
	LOG(r, "docx: %s", zip_error_strerror(&ze));
	zip_error_fini(&ze);
	return 500;
}
