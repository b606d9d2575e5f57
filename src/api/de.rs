//! JavaScript values read into serde types (wasm only): what `serde_wasm_bindgen::from_value`
//! did for the engine's requests, options and layout answers, with the same rules and the same
//! error messages, written here so that a message naming a number takes its digits from
//! JavaScript's `String(number)`: Rust's float formatting, which only such messages reached, is
//! then left out of the wasm build (9.2 KB raw, 6.1 KB gzipped, against serde-wasm-bindgen's
//! reader).
//!
//! The rules, as serde-wasm-bindgen's: `null` and `undefined` are `None` and `()`; a struct is
//! read from an object, one own or inherited property per field (a missing property is a
//! missing field; unknown properties are checked by the caller); a map from a `Map`, any
//! iterable of `[key, value]` pairs, or an object's entries; a sequence or tuple from any
//! iterable; integers from numbers that are safe integers (or, for 64-bit ones, `BigInt`s in
//! range); strings from strings only.

use js_sys::{Array, ArrayBuffer, Number, Object, Uint8Array};
use serde::de::{self, Unexpected, Visitor};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Reads `value` into `T`. The error's text is what serde-wasm-bindgen's error gave as a string
/// (`"Error: invalid type: …"`).
pub fn from_value<T: de::DeserializeOwned>(value: JsValue) -> Result<T, DeError> {
    T::deserialize(Value(value))
}

/// Why a JavaScript value could not be read.
#[derive(Debug)]
pub struct DeError(String);

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<M: fmt::Display>(message: M) -> Self {
        // serde-wasm-bindgen's errors were JavaScript `Error`s: their text had this prefix.
        DeError(format!("Error: {message}"))
    }

    // serde's own `invalid_type` and `invalid_value` format `Unexpected` with its `Display`,
    // which formats a float with Rust's float formatting: these write the same words.
    fn invalid_type(unexpected: Unexpected, expected: &dyn de::Expected) -> Self {
        de::Error::custom(format_args!("invalid type: {}, expected {expected}", describe(unexpected)))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn de::Expected) -> Self {
        de::Error::custom(format_args!("invalid value: {}, expected {expected}", describe(unexpected)))
    }
}

impl From<JsValue> for DeError {
    /// An exception thrown while reading (by an iterator or a getter of the page's objects), as
    /// `String(thrown)`.
    fn from(thrown: JsValue) -> Self {
        let text = match thrown.dyn_ref::<js_sys::Error>() {
            Some(error) => String::from(error.to_string()),
            None => thrown.as_string().unwrap_or_else(|| format!("{thrown:?}")),
        };
        DeError(text)
    }
}

/// `unexpected` in the words of serde's `Display` for it.
fn describe(unexpected: Unexpected) -> String {
    match unexpected {
        Unexpected::Bool(b) => format!("boolean `{b}`"),
        Unexpected::Unsigned(i) => format!("integer `{i}`"),
        Unexpected::Signed(i) => format!("integer `{i}`"),
        Unexpected::Float(f) => format!("floating point `{}`", number_text(f)),
        Unexpected::Char(c) => format!("character `{c}`"),
        Unexpected::Str(s) => format!("string {}", crate::error::Quoted(s)),
        Unexpected::Other(other) => other.to_string(),
        Unexpected::Bytes(_) => "byte array".into(),
        Unexpected::Unit => "unit value".into(),
        Unexpected::Option => "Option value".into(),
        Unexpected::NewtypeStruct => "newtype struct".into(),
        Unexpected::Seq => "sequence".into(),
        Unexpected::Map => "map".into(),
        Unexpected::Enum => "enum".into(),
        Unexpected::UnitVariant => "unit variant".into(),
        Unexpected::NewtypeVariant => "newtype variant".into(),
        Unexpected::TupleVariant => "tuple variant".into(),
        Unexpected::StructVariant => "struct variant".into(),
    }
}

/// A number as serde's message shows it (Rust's `Display`, plus `.0` when finite and without a
/// point): from the digits of JavaScript's `String(number)`, the same shortest digits, written
/// out without an exponent as Rust writes them ("1e+21" is `1000000000000000000000.0`).
fn number_text(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let js = Number::from(f.abs()).to_string_with_radix(10).map(String::from).unwrap_or_default();
    let mut text = String::from(if f.is_sign_negative() { "-" } else { "" });
    match js.split_once('e') {
        None => text.push_str(&js),
        Some((mantissa, exponent)) => {
            // "d.ddde±x": the digits, and where the point goes among them.
            let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
            let point = mantissa.find('.').unwrap_or(mantissa.len()) as i32 + exponent.parse::<i32>().unwrap_or(0);
            if point <= 0 {
                text.push_str("0.");
                text.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
                text.push_str(&digits);
            } else if point as usize >= digits.len() {
                text.push_str(&digits);
                text.extend(std::iter::repeat_n('0', point as usize - digits.len()));
            } else {
                text.push_str(&digits[..point as usize]);
                text.push('.');
                text.push_str(&digits[point as usize..]);
            }
        }
    }
    if !text.contains('.') {
        text.push_str(".0");
    }
    text
}

/// One JavaScript value, read by serde.
struct Value(JsValue);

impl Value {
    fn is_nullish(&self) -> bool {
        self.0.loose_eq(&JsValue::NULL)
    }

    #[cold]
    fn invalid_type_(&self, expected: &dyn de::Expected) -> DeError {
        let text;
        let unexpected = if self.is_nullish() {
            Unexpected::Unit
        } else if let Some(b) = self.0.as_bool() {
            Unexpected::Bool(b)
        } else if let Some(f) = self.0.as_f64() {
            Unexpected::Float(f)
        } else if let Some(s) = self.0.as_string() {
            text = s;
            Unexpected::Str(&text)
        } else if self.0.is_instance_of::<Uint8Array>() || self.0.is_instance_of::<ArrayBuffer>() {
            Unexpected::Bytes(&[])
        } else {
            text = format!("{:?}", self.0);
            Unexpected::Other(&text)
        };
        de::Error::invalid_type(unexpected, expected)
    }

    fn invalid_type<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, DeError> {
        Err(self.invalid_type_(&visitor))
    }

    /// The value as a safe integer (a whole number within ±(2^53 − 1)).
    fn safe_integer(&self) -> Option<i64> {
        Number::is_safe_integer(&self.0).then(|| self.0.unchecked_into_f64() as i64)
    }

    /// The value as an iterator: a JavaScript iterable's, `None` for other values.
    fn iter(&self) -> Result<Option<js_sys::IntoIter>, DeError> {
        Ok(js_sys::try_iter(&self.0)?)
    }
}

/// The elements of an iterable.
struct Elements {
    iter: js_sys::IntoIter,
}

impl<'de> de::SeqAccess<'de> for Elements {
    type Error = DeError;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        match next(&mut self.iter)? {
            Some(value) => seed.deserialize(Value(value)).map(Some),
            None => Ok(None),
        }
    }
}

/// The next value of `iter`. (Not inlined: the readers of each element and entry type share it.)
#[inline(never)]
fn next(iter: &mut js_sys::IntoIter) -> Result<Option<JsValue>, DeError> {
    Ok(iter.next().transpose()?)
}

/// The `[key, value]` pairs of an iterable.
struct Entries {
    iter: js_sys::IntoIter,
    value: Option<JsValue>,
}

impl<'de> de::MapAccess<'de> for Entries {
    type Error = DeError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        match self.next_key()? {
            Some(key) => seed.deserialize(Value(key)).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        seed.deserialize(Value(self.value.take().unwrap_or_default()))
    }
}

impl Entries {
    /// The next pair's key, keeping its value for `next_value_seed`.
    #[inline(never)]
    fn next_key(&mut self) -> Result<Option<JsValue>, DeError> {
        Ok(next(&mut self.iter)?.map(|pair| {
            let pair = pair.unchecked_into::<Array>();
            self.value = Some(pair.get(1));
            pair.get(0)
        }))
    }
}

/// A struct's fields, read from an object's properties.
struct Fields {
    object: JsValue,
    fields: std::slice::Iter<'static, &'static str>,
    value: Option<JsValue>,
}

impl Fields {
    /// The next field the object has, keeping its value for `next_value_seed`.
    #[inline(never)]
    fn next_field(&mut self) -> Result<Option<&'static str>, DeError> {
        for &field in &mut self.fields {
            let key = JsValue::from_str(field);
            let value = js_sys::Reflect::get(&self.object, &key)?;
            // `undefined` may be a property set to it, or a missing one.
            if !value.is_undefined() || js_sys::Reflect::has(&self.object, &key)? {
                self.value = Some(value);
                return Ok(Some(field));
            }
        }
        Ok(None)
    }
}

impl<'de> de::MapAccess<'de> for Fields {
    type Error = DeError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        match self.next_field()? {
            Some(field) => seed.deserialize(de::value::BorrowedStrDeserializer::new(field)).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        seed.deserialize(Value(self.value.take().unwrap_or_default()))
    }
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.is_nullish() {
            visitor.visit_unit()
        } else if let Some(b) = self.0.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(f) = self.0.as_f64() {
            match self.safe_integer() {
                Some(i) => visitor.visit_i64(i),
                None => visitor.visit_f64(f),
            }
        } else if let Some(s) = self.0.as_string() {
            visitor.visit_string(s)
        } else if Array::is_array(&self.0) {
            self.deserialize_seq(visitor)
        } else if self.0.is_object() {
            self.deserialize_map(visitor)
        } else {
            self.invalid_type(visitor)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.is_nullish() {
            visitor.visit_unit()
        } else {
            self.invalid_type(visitor)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => self.invalid_type(visitor),
        }
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0.as_f64() {
            Some(f) => visitor.visit_f64(f),
            None => self.invalid_type(visitor),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.0.is_bigint() {
            return match i64::try_from(self.0) {
                Ok(i) => visitor.visit_i64(i),
                Err(_) => Err(de::Error::custom("Couldn't deserialize i64 from a BigInt outside i64::MIN..i64::MAX bounds")),
            };
        }
        match self.safe_integer() {
            Some(i) => visitor.visit_i64(i),
            None => self.invalid_type(visitor),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.safe_integer() {
            Some(i) if i >= 0 => visitor.visit_u64(i as u64),
            _ => self.invalid_type(visitor),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.0.is_bigint() {
            return match u64::try_from(self.0) {
                Ok(i) => visitor.visit_u64(i),
                Err(_) => Err(de::Error::custom("Couldn't deserialize u64 from a BigInt outside u64::MIN..u64::MAX bounds")),
            };
        }
        self.deserialize_u32(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0.as_string() {
            Some(s) => visitor.visit_string(s),
            None => self.invalid_type(visitor),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.is_nullish() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let Some(iter) = self.iter()? else {
            return self.invalid_type(visitor);
        };
        // (An array longer than a tuple is read up to the tuple's length, as before.)
        visitor.visit_seq(Elements { iter })
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _: &'static str, _: usize, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let iter = match self.iter()? {
            Some(iter) => iter,
            None if self.0.is_object() => {
                let entries = Value(Object::entries(self.0.unchecked_ref()).into());
                entries.iter()?.ok_or_else(|| DeError("Error: no entries".into()))?
            }
            None => return self.invalid_type(visitor),
        };
        visitor.visit_map(Entries { iter, value: None })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if !self.0.is_object() {
            return self.invalid_type(visitor);
        }
        visitor.visit_map(Fields { object: self.0, fields: fields.iter(), value: None })
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], visitor: V) -> Result<V::Value, DeError> {
        // No type read from JavaScript is an enum.
        self.invalid_type(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.invalid_type(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.invalid_type(visitor)
    }

    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.invalid_type(visitor)
    }

    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.invalid_type(visitor)
    }
}
