/**
 * The twin's readers of a request body, without a server: where a body stops
 * being JSON (jsonSyntaxError, called after JSON.parse failed, to say where),
 * and the strict XML reader of the v1 endpoints (readXml), every refusal with
 * its message and position.
 */
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/twin/syntax.js';
import { readXml } from '../../src/twin/xml.js';

/** [body, message, index] of a body that is not JSON. */
const NOT_JSON: ReadonlyArray<readonly [string, string, number]> = [
  ["", "expected a value, found the end of the body", 0],
  ["   ", "expected a value, found the end of the body", 3],
  ["{\"a\":1,}", "expected a property name in double quotes, found \"}\"", 7],
  ["[1,]", "expected a value, found \"]\"", 3],
  ["{\"a\" 1}", "expected \":\" after the property name, found \"1\"", 5],
  ["{a:1}", "expected a property name in double quotes, found \"a\"", 1],
  ["\"abc", "unterminated string: expected a closing quote, found the end of the body", 4],
  ["\"a\u0001\"", "control character U+0001 in a string: escape it", 2],
  ["\"\\x\"", "invalid escape \\x in a string", 2],
  ["\"\\u12g4\"", "expected 4 hex digits after \\u, found \"g\"", 5],
  ["\"\\u12\"", "expected 4 hex digits after \\u, found \"\\\"\"", 5],
  ["-", "expected a digit, found the end of the body", 1],
  ["01", "expected the end of the body after the value, found \"1\"", 1],
  ["1.", "expected a digit after \".\", found the end of the body", 2],
  ["1.5e", "expected a digit in the exponent, found the end of the body", 4],
  ["1e+", "expected a digit in the exponent, found the end of the body", 3],
  ["tru", "expected \"true\", found the end of the body", 3],
  ["nul", "expected \"null\", found the end of the body", 3],
  ["fals", "expected \"false\", found the end of the body", 4],
  ["[1 2]", "expected \",\" or \"]\", found \"2\"", 3],
  ["{\"a\":1 \"b\":2}", "expected \",\" or \"}\", found \"\\\"\"", 7],
  ["[] x", "expected the end of the body after the value, found \"x\"", 3],
  ["{\"a\":}", "expected a value, found \"}\"", 5],
  ["@", "expected a value, found \"@\"", 0],
  ["[", "expected a value, found the end of the body", 1],
  ["{\"a\":1", "expected \",\" or \"}\", found the end of the body", 6],
  ["\"\\", "invalid escape \\ in a string", 2],
];

const JSON_BODIES: readonly string[] = [
  "{\"a\":[1,{\"b\":null}],\"c\":\"\\n\\u00e9\"}",
  "[true,false,null,-0.5E-3]",
  "{}",
  "[[[]]]",
];

/** [body, message, index] of an XML body the reader refuses. */
const NOT_XML: ReadonlyArray<readonly [string, string, number]> = [
  ["<other/>", "the root element must be <request>, found <other>", 0],
  ["", "expected the root element, found the end of the body", 0],
  ["text", "expected the root element, found \"t\"", 0],
  ["<!DOCTYPE x><request/>", "a DOCTYPE is not accepted in a request body", 0],
  ["<?pi x?><request/>", "processing instructions are not accepted in a request body", 0],
  ["<request a=\"1\"/>", "attributes are not accepted (on <request>)", 9],
  ["<request><a>1</a>x</request>", "<request> mixes text and elements", 17],
  ["<request>x<a>1</a></request>", "<request> mixes text and elements", 10],
  ["<request><a>1</b></request>", "closing tag </b> does not match <a>", 13],
  ["<request><a>&foo;</a></request>", "unknown entity &foo;: only &amp; &lt; &gt; &quot; &apos; and character references", 12],
  ["<request><a>&#0;</a></request>", "invalid character reference &#0;", 12],
  ["<request><a>&#xD800;</a></request>", "invalid character reference &#xD800;", 12],
  ["<request><a>&amp</a></request>", "unterminated entity reference: expected \";\"", 12],
  ["<request><a>]]></a></request>", "\"]]>\" is not allowed in text", 12],
  ["<request><a>1</a><a>2</a></request>", "<a> appears twice in <request>", 17],
  ["<request><!-- x", "unterminated comment: expected \"-->\"", 9],
  ["<request><a", "expected \">\" to end the tag, found the end of the body", 11],
  ["<request><a>", "unclosed element <a>: expected its closing tag", 12],
  ["<request></request>junk", "expected the end of the body after </request>, found \"j\"", 19],
  ["<request><![CDATA[x", "unterminated CDATA section: expected \"]]>\"", 9],
  ["<request><?pi?></request>", "a DOCTYPE, processing instruction or declaration is not accepted here", 9],
  ["<request><a>1</a x></request>", "expected \">\" to end the closing tag, found \"x\"", 17],
  ["<request><1/></request>", "expected an element name, found \"1\"", 10],
  ["<request><a>&#;</a></request>", "invalid character reference &#;", 12],
  ["<request><a>&#x;</a></request>", "invalid character reference &#x;", 12],
  ["<request><a>&#12a;</a></request>", "invalid character reference &#12a;", 12],
  ["<![CDATA[x]]><request/>", "text outside the root element", 0],
  ["<request><a>&constructor;</a></request>", "unknown entity &constructor;: only &amp; &lt; &gt; &quot; &apos; and character references", 12],
];

/** [body, the value it reads as] of XML bodies the reader takes. */
const XML_BODIES: ReadonlyArray<readonly [string, unknown]> = [
  ["<request><messages><message><to>1</to></message></messages></request>", {"messages": [{"to": "1"}]}],
  ["<?xml version=\"1.0\"?><!-- c --><request><from>A&amp;B&#65;&#x42;</from><binary><hex><![CDATA[48 69]]></hex><dataCoding>8</dataCoding></binary></request><!-- after -->", {"from": "A&BAB", "binary": {"hex": "48 69", "dataCoding": 8}}],
  ["<request/>", {}],
  ["<request></request>", {}],
  ["<request><a>1</a ></request>", {"a": "1"}],
  ["<request><messages></messages></request>", {"messages": []}],
  ["<request><to><to>1</to><to>2</to></to><dataCoding> 12 </dataCoding><esmClass>x</esmClass></request>", {"to": ["1", "2"], "dataCoding": 12, "esmClass": "x"}],
  ["<request>\n  <a>1</a>\n</request>", {"a": "1"}],
  ["<request><a/></request>", {"a": ""}],
];

describe('jsonSyntaxError', () => {
  it.each(NOT_JSON)('%j: %s at index %i', (body, message, index) => {
    expect(() => JSON.parse(body)).toThrow();
    expect(jsonSyntaxError(body)).toEqual({ message, index, line: 1, column: index + 1 });
  });

  it.each(JSON_BODIES)('%j is JSON: no error', (body) => {
    expect(() => JSON.parse(body)).not.toThrow();
    expect(jsonSyntaxError(body)).toBeUndefined();
  });

  it('counts lines and columns', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  "b": ]\n}')).toEqual({ message: 'expected a value, found "]"', index: 19, line: 3, column: 8 });
  });

  it('reads nesting far deeper than a recursive parser could, without overflowing', () => {
    expect(jsonSyntaxError(`${'['.repeat(100_000)}1${']'.repeat(100_000)}`)).toBeUndefined();
    expect(jsonSyntaxError(`${'['.repeat(100_000)}1`)).toMatchObject({ message: 'expected "," or "]", found the end of the body', index: 100_001 });
  });
});

describe('readXml', () => {
  it.each(NOT_XML)('%j: %s at index %i', (body, message, index) => {
    expect(readXml(body)).toEqual({ ok: false, error: { message, index, line: 1, column: index + 1 } });
  });

  it.each(XML_BODIES)('%j reads as its JSON form', (body, value) => {
    expect(readXml(body)).toEqual({ ok: true, value });
  });

  it('counts lines in its positions', () => {
    expect(readXml('<request>\n  <a>1</a>\n  <b x="1"/>\n</request>')).toEqual({
      ok: false,
      error: { message: 'attributes are not accepted (on <b>)', index: 26, line: 3, column: 6 },
    });
  });
});
