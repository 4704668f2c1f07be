import type { ValueKind } from "../model/template";
import type { FieldKindHandler } from "../rules/types";
import { codeField } from "./code";
import { dateField } from "./date";
import { flagField } from "./flag";
import { idNumberField } from "./id-number";
import { nameField } from "./name";
import { phoneField } from "./phone";
import { postcodeField } from "./postcode";
import { regionField } from "./region";
import { registerNumberField } from "./register-number";
import { emailField, integerField, numberField, schoolCodeField, urlField } from "./simple-fields";
import { textField } from "./text";
import { yearMonthField } from "./year-month";

/** The normaliser and cell check of every kind of value a template column can hold. */
export const fieldKinds: Record<ValueKind, FieldKindHandler> = {
  text: textField,
  name: nameField,
  date: dateField,
  yearMonth: yearMonthField,
  code: codeField,
  idNumber: idNumberField,
  phone: phoneField,
  postcode: postcodeField,
  region: regionField,
  flag: flagField,
  integer: integerField,
  number: numberField,
  registerNumber: registerNumberField,
  schoolCode: schoolCodeField,
  email: emailField,
  url: urlField,
};
