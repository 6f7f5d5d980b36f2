//! A compact, readable dump of the AST for structural comparisons in tests.
#![allow(dead_code)]

use whirl_parser::ast::*;

pub fn parse(src: &str) -> Module {
    match whirl_parser::parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("parse failed for {src:?}: {e:?}"),
    }
}

/// Parse and dump a module, one statement per line.
pub fn dump(src: &str) -> String {
    let m = parse(src);
    let mut out = String::new();
    for s in &m.body {
        stmt(s, 0, &mut out);
    }
    out.trim_end().to_string()
}

/// Parse a single expression statement and dump the expression.
pub fn dump_e(src: &str) -> String {
    let m = parse(src);
    assert_eq!(m.body.len(), 1, "{src:?}");
    match &m.body[0].kind {
        StmtKind::Expr(e) => expr(e),
        _ => panic!("not an expression statement: {src:?}"),
    }
}

pub fn err(src: &str) -> whirl_parser::ParseError {
    match whirl_parser::parse_module(src) {
        Ok(m) => panic!("expected an error for {src:?}, got {m:?}"),
        Err(e) => e,
    }
}

fn block(name: &str, body: &[Stmt], depth: usize, out: &mut String) {
    if body.is_empty() {
        return;
    }
    out.push_str(&"  ".repeat(depth));
    out.push_str(name);
    out.push_str(":\n");
    for s in body {
        stmt(s, depth + 1, out);
    }
}

fn list(v: &[Expr]) -> String {
    v.iter().map(expr).collect::<Vec<_>>().join(", ")
}

pub fn stmt(s: &Stmt, depth: usize, out: &mut String) {
    out.push_str(&"  ".repeat(depth));
    let line = match &s.kind {
        StmtKind::Expr(e) => format!("Expr {}", expr(e)),
        StmtKind::Assign { targets, value } => {
            format!(
                "Assign {} = {}",
                targets.iter().map(expr).collect::<Vec<_>>().join(" = "),
                expr(value)
            )
        }
        StmtKind::AugAssign { target, op, value } => {
            format!("AugAssign {} {:?}= {}", expr(target), op, expr(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => format!(
            "AnnAssign {}: {}{}",
            expr(target),
            expr(annotation),
            value
                .as_ref()
                .map(|v| format!(" = {}", expr(v)))
                .unwrap_or_default()
        ),
        StmtKind::Pass => "Pass".into(),
        StmtKind::Break => "Break".into(),
        StmtKind::Continue => "Continue".into(),
        StmtKind::Delete(v) => format!("Delete {}", list(v)),
        StmtKind::Return(v) => format!("Return {}", v.as_ref().map(expr).unwrap_or_default())
            .trim_end()
            .into(),
        StmtKind::Raise { exc, cause } => format!(
            "Raise {}{}",
            exc.as_ref().map(expr).unwrap_or_default(),
            cause
                .as_ref()
                .map(|c| format!(" from {}", expr(c)))
                .unwrap_or_default()
        )
        .trim_end()
        .into(),
        StmtKind::Global(v) => format!("Global {}", v.join(", ")),
        StmtKind::Nonlocal(v) => format!("Nonlocal {}", v.join(", ")),
        StmtKind::Assert { test, msg } => {
            format!(
                "Assert {}{}",
                expr(test),
                msg.as_ref()
                    .map(|m| format!(", {}", expr(m)))
                    .unwrap_or_default()
            )
        }
        StmtKind::Import(v) => format!("Import {}", aliases(v)),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            format!(
                "ImportFrom {}{} {}",
                ".".repeat(*level as usize),
                module.clone().unwrap_or_default(),
                aliases(names)
            )
        }
        StmtKind::If { test, body, orelse } => {
            out.push_str(&format!("If {}\n", expr(test)));
            block("then", body, depth + 1, out);
            block("else", orelse, depth + 1, out);
            return;
        }
        StmtKind::While { test, body, orelse } => {
            out.push_str(&format!("While {}\n", expr(test)));
            block("do", body, depth + 1, out);
            block("else", orelse, depth + 1, out);
            return;
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => {
            let a = if *is_async { "Async" } else { "" };
            out.push_str(&format!("{a}For {} in {}\n", expr(target), expr(iter)));
            block("do", body, depth + 1, out);
            block("else", orelse, depth + 1, out);
            return;
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            out.push_str("Try\n");
            block("body", body, depth + 1, out);
            for h in handlers {
                let mut head = "except".to_string();
                if let Some(t) = &h.typ {
                    head.push(' ');
                    head.push_str(&expr(t));
                }
                if let Some(n) = &h.name {
                    head.push_str(" as ");
                    head.push_str(n);
                }
                block(&head, &h.body, depth + 1, out);
            }
            block("else", orelse, depth + 1, out);
            block("finally", finalbody, depth + 1, out);
            return;
        }
        StmtKind::With {
            items,
            body,
            is_async,
        } => {
            let a = if *is_async { "Async" } else { "" };
            let items: Vec<String> = items
                .iter()
                .map(|i| match &i.optional_vars {
                    Some(v) => format!("{} as {}", expr(&i.context_expr), expr(v)),
                    None => expr(&i.context_expr),
                })
                .collect();
            out.push_str(&format!("{a}With {}\n", items.join(", ")));
            block("do", body, depth + 1, out);
            return;
        }
        StmtKind::Match { subject, cases } => {
            out.push_str(&format!("Match {}\n", expr(subject)));
            for c in cases {
                let guard = c
                    .guard
                    .as_ref()
                    .map(|g| format!(" if {}", expr(g)))
                    .unwrap_or_default();
                block(
                    &format!("case {:?}{guard}", c.pattern.kind),
                    &c.body,
                    depth + 1,
                    out,
                );
            }
            return;
        }
        StmtKind::FunctionDef(f) => {
            let a = if f.is_async { "Async" } else { "" };
            for d in &f.decorators {
                out.push_str(&format!("@{}\n{}", expr(d), "  ".repeat(depth)));
            }
            let ret = f
                .returns
                .as_ref()
                .map(|r| format!(" -> {}", expr(r)))
                .unwrap_or_default();
            out.push_str(&format!("{a}Def {}({}){ret}\n", f.name, args(&f.args)));
            block("body", &f.body, depth + 1, out);
            return;
        }
        StmtKind::ClassDef(c) => {
            for d in &c.decorators {
                out.push_str(&format!("@{}\n{}", expr(d), "  ".repeat(depth)));
            }
            let mut parts: Vec<String> = c.bases.iter().map(expr).collect();
            parts.extend(c.keywords.iter().map(keyword));
            out.push_str(&format!("Class {}({})\n", c.name, parts.join(", ")));
            block("body", &c.body, depth + 1, out);
            return;
        }
    };
    out.push_str(&line);
    out.push('\n');
}

fn aliases(v: &[Alias]) -> String {
    v.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {}", a.name, n),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn arg(a: &Arg) -> String {
    match &a.annotation {
        Some(t) => format!("{}: {}", a.name, expr(t)),
        None => a.name.clone(),
    }
}

pub fn args(a: &Arguments) -> String {
    let mut out = Vec::new();
    let positional: Vec<&Arg> = a.posonlyargs.iter().chain(a.args.iter()).collect();
    let first_default = positional.len() - a.defaults.len();
    for (i, p) in positional.iter().enumerate() {
        let mut s = arg(p);
        if i >= first_default {
            s.push_str(&format!("={}", expr(&a.defaults[i - first_default])));
        }
        out.push(s);
        if i + 1 == a.posonlyargs.len() {
            out.push("/".into());
        }
    }
    match &a.vararg {
        Some(v) => out.push(format!("*{}", arg(v))),
        None if !a.kwonlyargs.is_empty() => out.push("*".into()),
        None => {}
    }
    for (k, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut s = arg(k);
        if let Some(d) = d {
            s.push_str(&format!("={}", expr(d)));
        }
        out.push(s);
    }
    if let Some(k) = &a.kwarg {
        out.push(format!("**{}", arg(k)));
    }
    out.join(", ")
}

fn keyword(k: &Keyword) -> String {
    match &k.arg {
        Some(n) => format!("{}={}", n, expr(&k.value)),
        None => format!("**{}", expr(&k.value)),
    }
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn comps(gens: &[Comprehension]) -> String {
    let mut s = String::new();
    for g in gens {
        if g.is_async {
            s.push_str(" async");
        }
        s.push_str(&format!(" for {} in {}", expr(&g.target), expr(&g.iter)));
        for i in &g.ifs {
            s.push_str(&format!(" if {}", expr(i)));
        }
    }
    s
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let sep = if *op == BoolOp::And { " and " } else { " or " };
            format!(
                "({})",
                values.iter().map(expr).collect::<Vec<_>>().join(sep)
            )
        }
        ExprKind::NamedExpr { target, value } => format!("({} := {})", expr(target), expr(value)),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", expr(left), binop(*op), expr(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not ",
                UnaryOp::UAdd => "+",
                UnaryOp::USub => "-",
            };
            format!("({o}{})", expr(operand))
        }
        ExprKind::Lambda { args: a, body } => format!("(lambda {}: {})", args(a), expr(body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("({} if {} else {})", expr(body), expr(test), expr(orelse))
        }
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", expr(k), expr(v)),
                    None => format!("**{}", expr(v)),
                })
                .collect();
            format!("Dict({})", items.join(", "))
        }
        ExprKind::Set(v) => format!("Set({})", list(v)),
        ExprKind::ListComp { elt, generators } => {
            format!("ListComp({}{})", expr(elt), comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("SetComp({}{})", expr(elt), comps(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            format!(
                "DictComp({}: {}{})",
                expr(key),
                expr(value),
                comps(generators)
            )
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("GenExp({}{})", expr(elt), comps(generators))
        }
        ExprKind::Await(v) => format!("Await({})", expr(v)),
        ExprKind::Yield(v) => format!("Yield({})", v.as_ref().map(|v| expr(v)).unwrap_or_default()),
        ExprKind::YieldFrom(v) => format!("YieldFrom({})", expr(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("({}", expr(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {} {}", cmpop(*o), expr(c)));
            }
            s.push(')');
            s
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(expr).collect();
            parts.extend(keywords.iter().map(keyword));
            format!("{}({})", expr(func), parts.join(", "))
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut s = format!("Fmt({}", expr(value));
            if let Some(c) = conversion {
                s.push_str(&format!(" !{c}"));
            }
            if let Some(f) = format_spec {
                s.push_str(&format!(" :{}", expr(f)));
            }
            s.push(')');
            s
        }
        ExprKind::JoinedStr(v) => format!("JoinedStr({})", list(v)),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imaginary(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        },
        ExprKind::Attribute { value, attr } => format!("{}.{}", expr(value), attr),
        ExprKind::Subscript { value, slice } => format!("{}[{}]", expr(value), expr(slice)),
        ExprKind::Starred(v) => format!("*{}", expr(v)),
        ExprKind::Name(n) => n.clone(),
        ExprKind::List(v) => format!("List({})", list(v)),
        ExprKind::Tuple(v) => format!("Tuple({})", list(v)),
        ExprKind::Slice { lower, upper, step } => {
            let f = |x: &Option<Box<Expr>>| x.as_ref().map(|e| expr(e)).unwrap_or_default();
            match step {
                Some(_) => format!("{}:{}:{}", f(lower), f(upper), f(step)),
                None => format!("{}:{}", f(lower), f(upper)),
            }
        }
    }
}
