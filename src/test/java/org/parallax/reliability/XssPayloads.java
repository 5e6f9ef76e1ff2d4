package org.parallax.reliability;

import java.util.List;

/**
 * Classic cross-site scripting payloads: script tags, event handlers, javascript: and data: URLs,
 * SVG and MathML tricks, style, comment and CDATA breakouts, attribute-quote breakouts, bidi
 * overrides, NUL bytes and template injection. An export must show every one as text.
 */
final class XssPayloads {

  static final List<String> ALL =
      List.of(
          "<script>alert(1)</script>",
          "<SCRIPT SRC=//127.0.0.1/x.js></SCRIPT>",
          "<script>alert(String.fromCharCode(88,83,83))</script>",
          "<img src=x onerror=alert(1)>",
          "<img src=\"x\" onerror=\"&#97;lert(1)\">",
          "<svg onload=alert(1)>",
          "<svg><script>alert(1)</script></svg>",
          "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
          "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<math href=\"javascript:alert(1)\">x</math>",
          "<body onload=alert(1)>",
          "<iframe src=\"javascript:alert(1)\"></iframe>",
          "<iframe srcdoc=\"<script>alert(1)</script>\">",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<a href=\"&#106;avascript:alert(1)\">x</a>",
          "<a href=\" javascript:alert(1)\">x</a>",
          "javascript:alert(1)",
          "JaVaScRiPt:alert(document.cookie)",
          "vbscript:msgbox(1)",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>",
          "<embed src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
          "<object data=\"javascript:alert(1)\"></object>",
          "</style><script>alert(1)</script>",
          "<style>@import '//127.0.0.1/x.css';</style>",
          "<div style=\"background:url(javascript:alert(1))\">",
          "<div style=\"width:expression(alert(1))\">",
          "<link rel=stylesheet href=//127.0.0.1/x.css>",
          "</title><script>alert(1)</script>",
          "</textarea><script>alert(1)</script>",
          "--><script>alert(1)</script>",
          "<!--<script>alert(1)//-->",
          "]]><script>alert(1)</script>",
          "<![CDATA[<script>alert(1)</script>]]>",
          "\"><script>alert(1)</script>",
          "'><img src=x onerror=alert(1)>",
          "\" onmouseover=\"alert(1)",
          "' onfocus='alert(1)' autofocus='",
          "<input autofocus onfocus=alert(1)>",
          "<details open ontoggle=alert(1)>",
          "<video><source onerror=alert(1)></video>",
          "<audio src=x onerror=alert(1)>",
          "<marquee onstart=alert(1)>",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
          "<base href=\"javascript:alert(1)//\">",
          "<form action=\"javascript:alert(1)\"><button>x</button></form>",
          "<button formaction=javascript:alert(1)>x</button>",
          "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
          "<template><script>alert(1)</script></template>",
          "<plaintext><script>alert(1)</script>",
          "<xmp><script>alert(1)</script></xmp>",
          "{{constructor.constructor('alert(1)')()}}",
          "${alert(1)}",
          "<%= 7*7 %>",
          "{{7*7}}",
          "&lt;script&gt;alert(1)&lt;/script&gt;",
          "&#60;script&#62;alert(1)&#60;/script&#62;",
          "\u202Egnp.exe <script>alert(1)</script>",
          "\u2066<b onclick=alert(1)>isolate</b>\u2069",
          "<scr\u0000ipt>alert(1)</script>",
          "<img src=x on\u0000error=alert(1)>");

  private XssPayloads() {}
}
