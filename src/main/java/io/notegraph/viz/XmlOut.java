package io.notegraph.viz;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting layer over the JDK's {@link XMLStreamWriter}, which does the escaping. Text and
 * attribute values lose the control characters XML 1.0 forbids, so output always parses.
 */
final class XmlOut implements AutoCloseable {
  private final XMLStreamWriter xml;
  private int depth;

  XmlOut(Writer out) throws IOException {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Opens an element; {@code attrs} alternate name and value. */
  XmlOut open(String name, String... attrs) throws IOException {
    try {
      indent();
      xml.writeStartElement(name);
      attributes(attrs);
      depth++;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  XmlOut end() throws IOException {
    try {
      depth--;
      indent();
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An element with attributes and optional text content, on one line. */
  XmlOut leaf(String name, String text, String... attrs) throws IOException {
    try {
      indent();
      if (text == null) {
        xml.writeEmptyElement(name);
        attributes(attrs);
      } else {
        xml.writeStartElement(name);
        attributes(attrs);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void attributes(String... attrs) throws XMLStreamException {
    for (int i = 0; i + 1 < attrs.length; i += 2) xml.writeAttribute(attrs[i], clean(attrs[i + 1]));
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(Math.max(depth, 0)));
  }

  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
