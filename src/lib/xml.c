// SPDX-License-Identifier: MIT
// XML through libxml2 (docs/xml.md): xml_parse,
// xml_root, xml_name, xml_text as the reference, plus children, attributes
// and the last parse error. Documents and nodes are handles owned by the
// garbage collector: a node handle marks its document handle, so a document
// lives while any of its nodes is reachable, and the collector frees it
// (the reference's fixed tables ran out after 63 documents).
// Built only when the Makefile's probe finds libxml2 (FUN_HAVE_LIBXML2);
// the library is loaded by the first xml_parse (dynload.h): every other call
// needs a handle that a parse made.
#ifdef FUN_HAVE_LIBXML2
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pthread.h>

#include "dynload.h"
#include "lib.h"

// xmlFree is a variable holding the library's deallocator: the table holds
// its address
#define LIBXML2_SYMS(X)                                                                    \
    X(xmlDocGetRootElement) X(xmlFreeDoc) X(xmlGetLastError) X(xmlGetProp) X(xmlInitParser) \
    X(xmlNodeGetContent) X(xmlNodeListGetString) X(xmlReadMemory) X(xmlResetLastError)      \
    X(xmlFree)
DYNLIB_DEFINE(lx, LIBXML2_SYMS, "libxml2", "LIBXML2", FUN_LIBXML2_SONAME);

static const char DOC_KIND[] = "xml document";
static const char NODE_KIND[] = "xml node";

typedef struct {
    xmlNodePtr node;
    ObjHandle *doc; // the document handle, kept alive through mark_node
} NodeRef;

// Text of the last parse failure in this thread ("" after a success).
static _Thread_local char last_error[512];

// NULL needs no call: the table is empty until the first xml_parse, and a
// call on a non-node gets here with nothing to free
static void xml_free(void *p)
{
    if (p)
        (*lx.xmlFree)(p);
}

static void init_once(void) { lx.xmlInitParser(); }
static pthread_once_t init_ctl = PTHREAD_ONCE_INIT;

static void free_doc(ObjHandle *h)
{
    if (h->data)
        lx.xmlFreeDoc(h->data);
    h->data = NULL;
}

static void free_node(ObjHandle *h)
{
    free(h->data);
    h->data = NULL;
}

static void mark_node(VM *vm, ObjHandle *h)
{
    NodeRef *r = h->data;
    if (r && r->doc)
        gc_mark_object(vm, (Obj *)r->doc);
}

static bool is_handle(Value v, const char *kind)
{
    return is_obj_type(v, OBJ_HANDLE) && ((ObjHandle *)AS_OBJ(v))->kind == kind &&
           ((ObjHandle *)AS_OBJ(v))->data;
}

static xmlNodePtr node_of(Value v)
{
    return is_handle(v, NODE_KIND) ? ((NodeRef *)((ObjHandle *)AS_OBJ(v))->data)->node : NULL;
}

// A new node handle for n of the document handle doc (rooted by the caller).
static Value node_new(VM *vm, ObjHandle *doc, xmlNodePtr n)
{
    NodeRef *r = fun_malloc(sizeof *r);
    if (!r)
        fun_oom();
    r->node = n;
    r->doc = doc;
    vm_push_root(vm, OBJ_VAL(doc));
    ObjHandle *h = handle_new(vm, NODE_KIND, r, free_node);
    h->mark = mark_node;
    vm_pop_root(vm);
    return OBJ_VAL(h);
}

// xml_parse(text) -> document handle, or 0 (the reason in xml_error()).
// Never touches the network; an encoding declaration is honoured.
static bool xml_parse(VM *vm, int argc, Value *args, Value *out)
{
    if (!dynlib_need(vm, &lx_lib, "xml_parse"))
        return false;
    pthread_once(&init_ctl, init_once);
    StrBuf sb;
    sb_init(&sb);
    const char *s;
    size_t n;
    if (IS_STRING(args[0])) {
        s = AS_CSTRING(args[0]);
        n = AS_STRING(args[0])->len;
    } else {
        if (!val_display(vm, &sb, args[0])) {
            sb_free(&sb);
            return false;
        }
        s = sb.data ? sb.data : "";
        n = sb.len;
    }
    *out = INT_VAL(0);
    last_error[0] = '\0';
    if (n == 0 || n > INT32_MAX) {
        snprintf(last_error, sizeof last_error, n ? "document too large" : "empty document");
        sb_free(&sb);
        return true;
    }
    lx.xmlResetLastError();
    xmlDocPtr doc = lx.xmlReadMemory(s, (int)n, "input.xml", NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    sb_free(&sb);
    if (!doc) {
        const xmlError *e = lx.xmlGetLastError();
        if (e && e->message) {
            snprintf(last_error, sizeof last_error, "line %d: %s", e->line, e->message);
            size_t l = strlen(last_error);
            if (l && last_error[l - 1] == '\n')
                last_error[l - 1] = '\0';
        } else {
            snprintf(last_error, sizeof last_error, "parse error");
        }
        return true;
    }
    *out = OBJ_VAL(handle_new(vm, DOC_KIND, doc, free_doc));
    return true;
}

// xml_error() -> the text of the last failed xml_parse in this thread, "" if none.
static bool xml_error(VM *vm, int argc, Value *args, Value *out)
{
    *out = OBJ_VAL(str_from_cstr(vm, last_error));
    return true;
}

// xml_root(doc) -> node handle of the root element, or 0. A node handle
// gives the root of its document.
static bool xml_root(VM *vm, int argc, Value *args, Value *out)
{
    ObjHandle *doc = NULL;
    if (is_handle(args[0], DOC_KIND))
        doc = (ObjHandle *)AS_OBJ(args[0]);
    else if (is_handle(args[0], NODE_KIND))
        doc = ((NodeRef *)((ObjHandle *)AS_OBJ(args[0]))->data)->doc;
    xmlNodePtr root = doc && doc->data ? lx.xmlDocGetRootElement(doc->data) : NULL;
    *out = root ? node_new(vm, doc, root) : INT_VAL(0);
    return true;
}

// xml_name(node) -> the element's local name; "" for anything else.
static bool xml_name(VM *vm, int argc, Value *args, Value *out)
{
    xmlNodePtr n = node_of(args[0]);
    const char *name = n && n->name ? (const char *)n->name : "";
    *out = OBJ_VAL(str_from_cstr(vm, name));
    return true;
}

// xml_text(node) -> all descendant text and CDATA, entities expanded,
// comments left out; "" for anything else.
static bool xml_text(VM *vm, int argc, Value *args, Value *out)
{
    xmlNodePtr n = node_of(args[0]);
    xmlChar *t = n ? lx.xmlNodeGetContent(n) : NULL;
    *out = OBJ_VAL(str_from_cstr(vm, t ? (const char *)t : ""));
    xml_free(t);
    return true;
}

// xml_children(node) -> Array of the child element nodes, in order ([] for
// anything that is not a node).
static bool xml_children(VM *vm, int argc, Value *args, Value *out)
{
    xmlNodePtr n = node_of(args[0]);
    ObjArray *a = array_new(vm, 0);
    vm_push_root(vm, OBJ_VAL(a));
    if (n) {
        ObjHandle *doc = ((NodeRef *)((ObjHandle *)AS_OBJ(args[0]))->data)->doc;
        for (xmlNodePtr c = n->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE)
                array_push(vm, a, node_new(vm, doc, c));
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(a);
    return true;
}

// xml_attr(node, name) -> the attribute's value, or nil when it is absent.
static bool xml_attr(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *name;
    if (!arg_string(vm, "xml_attr", args, 1, &name))
        return false;
    xmlNodePtr n = node_of(args[0]);
    xmlChar *v = n && n->type == XML_ELEMENT_NODE ? lx.xmlGetProp(n, (const xmlChar *)name->chars) : NULL;
    *out = v ? OBJ_VAL(str_from_cstr(vm, (const char *)v)) : NIL_VAL;
    xml_free(v);
    return true;
}

// xml_attrs(node) -> Map of the attributes (local name -> value) in document order.
static bool xml_attrs(VM *vm, int argc, Value *args, Value *out)
{
    xmlNodePtr n = node_of(args[0]);
    ObjMap *m = map_new(vm);
    vm_push_root(vm, OBJ_VAL(m));
    if (n && n->type == XML_ELEMENT_NODE) {
        for (xmlAttrPtr a = n->properties; a; a = a->next) {
            xmlChar *v = lx.xmlNodeListGetString(n->doc, a->children, 1);
            map_set_cstr(vm, m, (const char *)a->name, OBJ_VAL(str_from_cstr(vm, v ? (const char *)v : "")));
            xml_free(v);
        }
    }
    vm_pop_root(vm);
    *out = OBJ_VAL(m);
    return true;
}

const NativeReg lib_xml_natives[] = {
    {"xml_parse", xml_parse, 1, 1},
    {"xml_root", xml_root, 1, 1},
    {"xml_name", xml_name, 1, 1},
    {"xml_text", xml_text, 1, 1},
    {"xml_children", xml_children, 1, 1},
    {"xml_attr", xml_attr, 2, 2},
    {"xml_attrs", xml_attrs, 1, 1},
    {"xml_error", xml_error, 0, 0},
    {NULL, NULL, 0, 0},
};

#else // not built: core.c's entries raise the "not built" error

#include "lib.h"

const NativeReg lib_xml_natives[] = {
    {NULL, NULL, 0, 0},
};

#endif
