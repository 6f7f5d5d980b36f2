//! Parameter lists (`def f(a, /, b=1, *args, c, **kw)`, lambdas) and call
//! arguments (`f(x, *xs, k=v, **kw)`).
//!
//! The grammar accepts a flat, comma-separated list of items in any order;
//! the rules on their order, with CPython 3.11's messages, live here.

use crate::ast::{Arg, Arguments, Expr, ExprKind, Keyword, Span};
use crate::error::ParseError;
use crate::targets::expr_name;
use crate::Ctx;

/// One comma-separated item of a parameter list.
pub(crate) enum ParamItem {
    /// `name[: annotation][= default]`
    Plain(Arg, Option<Expr>),
    /// `/`
    Slash(Span),
    /// `*` or `*args[: annotation]`
    Star(Option<Arg>, Span),
    /// `**kwargs[: annotation]`
    DoubleStar(Arg),
}

fn err(msg: impl Into<String>, span: Span) -> ParseError {
    ParseError::syntax(msg, span.start as usize, span.end as usize)
}

/// Build `Arguments` from the items of a `def` or `lambda` parameter list.
pub(crate) fn build_params(cx: &Ctx, items: Vec<ParamItem>) -> Result<Arguments, ParseError> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_kwarg = false;
    let mut seen_default = false;
    let mut bare_star: Option<Span> = None;
    let mut names: Vec<(String, Span)> = Vec::new();
    for item in items {
        if seen_kwarg {
            let span = match &item {
                ParamItem::Plain(arg, _) | ParamItem::DoubleStar(arg) => arg.span,
                ParamItem::Star(_, s) | ParamItem::Slash(s) => *s,
            };
            return Err(err("arguments cannot follow var-keyword argument", span));
        }
        match item {
            ParamItem::Plain(arg, default) => {
                names.push((arg.name.clone(), arg.span));
                if seen_star {
                    bare_star = None;
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(err(
                                "non-default argument follows default argument",
                                arg.span,
                            ));
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return Err(err("/ may appear only once", span));
                }
                if seen_star {
                    return Err(err("/ must be ahead of *", span));
                }
                if a.args.is_empty() {
                    return Err(err("at least one argument must precede /", span));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Star(arg, span) => {
                if seen_star {
                    return Err(err("* argument may appear only once", span));
                }
                seen_star = true;
                match arg {
                    Some(arg) => {
                        names.push((arg.name.clone(), arg.span));
                        a.vararg = Some(arg);
                    }
                    None => bare_star = Some(span),
                }
            }
            ParamItem::DoubleStar(arg) => {
                if let Some(span) = bare_star {
                    return Err(err("named arguments must follow bare *", span));
                }
                names.push((arg.name.clone(), arg.span));
                seen_kwarg = true;
                a.kwarg = Some(arg);
            }
        }
    }
    if let Some(span) = bare_star {
        return Err(err("named arguments must follow bare *", span));
    }
    if let Err(e) = check_duplicates(&names) {
        cx.defer(e, true);
    }
    Ok(a)
}

/// "duplicate argument 'x' in function definition"
fn check_duplicates(names: &[(String, Span)]) -> Result<(), ParseError> {
    if names.len() < 2 {
        return Ok(());
    }
    let mut seen = std::collections::HashSet::with_capacity(names.len());
    for (name, span) in names {
        if !seen.insert(name.as_str()) {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                *span,
            ));
        }
    }
    Ok(())
}

/// One comma-separated item of a call's argument list.
pub(crate) enum ArgItem {
    /// `x` (or `name := x`)
    Positional(Expr),
    /// `x for x in y`, a bare generator expression; the flag is filled in
    /// by `build_call` (is it the only argument?).
    Generator(Expr, bool),
    /// `name=value`; the left side is parsed as an expression and checked.
    Keyword(Expr, Expr, Span),
    /// `*xs` (already a `Starred`)
    Star(Expr),
    /// `**kw`
    DoubleStar(Expr, Span),
}

/// Split call arguments into positional arguments and keywords, checking
/// their order. `trailing_comma` is whether the list ended with ','.
pub(crate) fn build_call(
    cx: &Ctx,
    items: Vec<ArgItem>,
    trailing_comma: bool,
) -> Result<(Vec<Expr>, Vec<Keyword>), ParseError> {
    let alone = items.len() == 1 && !trailing_comma;
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut seen_names = std::collections::HashSet::new();
    for mut item in items {
        if let ArgItem::Generator(_, ok) = &mut item {
            *ok = alone;
        }
        match item {
            ArgItem::Positional(e) | ArgItem::Generator(e, true) => {
                if seen_double_star {
                    return Err(err(
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    ));
                }
                if seen_keyword {
                    return Err(err("positional argument follows keyword argument", e.span));
                }
                args.push(e);
            }
            ArgItem::Generator(e, false) => {
                return Err(err("Generator expression must be parenthesized", e.span));
            }
            ArgItem::Star(e) => {
                if seen_double_star {
                    return Err(err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span,
                    ));
                }
                args.push(e);
            }
            ArgItem::Keyword(name, value, span) => {
                let name = match name.kind {
                    // (`f((x)=1)`: a parenthesized name is an expression.)
                    ExprKind::Name(n) if span.start == name.span.start => n,
                    ExprKind::Constant(_)
                        if matches!(expr_name(&name), "True" | "False" | "None") =>
                    {
                        // (CPython's range runs up to the value.)
                        return Err(err(
                            format!("cannot assign to {}", expr_name(&name)),
                            Span {
                                start: name.span.start,
                                end: value.span.start,
                            },
                        ));
                    }
                    _ => {
                        return Err(err(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            Span {
                                start: name.span.start,
                                end: value.span.start,
                            },
                        ));
                    }
                };
                if !seen_names.insert(name.clone()) {
                    cx.defer(
                        err(format!("keyword argument repeated: {name}"), span),
                        false,
                    );
                }
                seen_keyword = true;
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                    span,
                });
            }
            ArgItem::DoubleStar(value, span) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            }
        }
    }
    Ok((args, keywords))
}
