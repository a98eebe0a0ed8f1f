// Types of the widgets' attributes, properties and events in templates (GlobalComponents).
import type {} from 'defense-topics/vue'
